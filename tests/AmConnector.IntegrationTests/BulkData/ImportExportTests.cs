using System.Security.Cryptography;
using System.Text.Json;
using AmConnector.AuditTrail;
using AmConnector.BulkData;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AmConnector.IntegrationTests.BulkData;

/// <summary><c>import</c> and <c>export</c> through the server's real entry point, on a fresh SQLite database.</summary>
public sealed class ImportExportTests : IAsyncDisposable
{
    private readonly CliRun _cli = new();

    [Fact]
    public async Task Importing_the_samples_then_exporting_gives_the_same_files()
    {
        foreach (var kind in new[] { "suppliers", "materials", "lots" })
        {
            Assert.Equal(0, await _cli.MainAsync("import", kind, CliRun.Sample($"{kind}.csv")));
        }

        foreach (var kind in new[] { "suppliers", "materials", "lots" })
        {
            Assert.Equal(0, await _cli.MainAsync("export", kind, _cli.File($"{kind}.csv")));
            Assert.Equal(Normalised(await File.ReadAllTextAsync(CliRun.Sample($"{kind}.csv"))), Normalised(await File.ReadAllTextAsync(_cli.File($"{kind}.csv"))));
        }
    }

    [Fact]
    public async Task A_bad_row_writes_nothing_and_the_report_gives_each_reason_by_line()
    {
        await ImportSuppliersAndMaterialsAsync();
        var lots = _cli.File("lots.csv");
        await File.WriteAllTextAsync(lots, """
            SupplierCode,CatalogueNumber,LotNumber,ManufacturedOn,ExpiresOn,Quantity,QuantityUnit,Status
            ACME-BIO,AB-IL2-50,L-1,2025-01-10,2027-01-10,4,mL,Quarantine
            ACME-BIO,AB-IL2-50,L-2,2025-01-10,2024-01-10,,,Released
            ACME-BIO,NO-SUCH,L-3,,,,,
            ACME-BIO,AB-IL2-50,L-1,,,,,
            """);
        var (eventsBefore, _) = await CountAsync();

        var exit = await _cli.MainAsync("import", "lots", lots);

        Assert.Equal(1, exit);
        Assert.Equal((eventsBefore, 0), await CountAsync());
        Assert.Equal(
            [
                "Line,Key,Field,Reason",
                "3,ACME-BIO/AB-IL2-50/L-2,Status,a new lot starts in Quarantine; its status changes through the lot lifecycle actions.",
                "3,ACME-BIO/AB-IL2-50/L-2,ExpiresOn,2024-01-10 is before ManufacturedOn 2025-01-10.",
                "4,ACME-BIO/NO-SUCH/L-3,CatalogueNumber,\"names no known material (give MaterialId, or SupplierCode and CatalogueNumber).\"",
                "5,ACME-BIO/AB-IL2-50/L-1,LotNumber,repeats the key of line 2.",
            ],
            (await File.ReadAllTextAsync(_cli.File("lots.rejected.csv"))).TrimEnd().Split("\r\n"));
    }

    [Fact]
    public async Task With_skip_invalid_the_valid_rows_are_written_and_the_rest_reported_where_asked()
    {
        await ImportSuppliersAndMaterialsAsync();
        var lots = _cli.File("lots.csv");
        await File.WriteAllTextAsync(lots, "SupplierCode,CatalogueNumber,LotNumber\nACME-BIO,AB-IL2-50,L-1\nACME-BIO,NO-SUCH,L-2\nACME-BIO,AB-IL2-50,L-3\n");

        var exit = await _cli.MainAsync("import", "lots", lots, "--skip-invalid", "--report", _cli.File("why.csv"));

        Assert.Equal(0, exit);
        Assert.Equal(2, (await CountAsync()).Lots);
        Assert.StartsWith("3,ACME-BIO/NO-SUCH/L-2,CatalogueNumber,", (await File.ReadAllLinesAsync(_cli.File("why.csv")))[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_imported_row_has_its_insert_event_with_the_import_reason_and_one_import_event_counts_them()
    {
        await ImportSuppliersAndMaterialsAsync();
        var sample = CliRun.Sample("lots.csv");
        var sha = Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(sample)));

        Assert.Equal(0, await _cli.MainAsync("import", "lots", sample));

        var (app, scope, db) = await _cli.OpenAsync();
        await using (app)
        await using (scope)
        {
            var inserts = await db.AuditEvents.Where(e => e.EntityType == "Lot").ToListAsync();
            Assert.Equal(4, inserts.Count);
            Assert.All(inserts, e =>
            {
                Assert.Equal(AuditAction.Insert, e.Action);
                Assert.Equal($"Bulk import of Lots from lots.csv (SHA-256 {sha})", e.Reason);
                Assert.StartsWith("cli:import:", e.ClientId, StringComparison.Ordinal);
            });
            var import = await db.AuditEvents.Where(e => e.Action == AuditAction.Import).OrderBy(e => e.Sequence).LastAsync();
            Assert.Equal(inserts.Max(e => e.Sequence) + 1, import.Sequence);
            Assert.Equal(sha, import.EntityKey);
            using var counts = JsonDocument.Parse(import.NewValues!);
            Assert.Equal(("Lots", 4, 4, 0), (counts.RootElement.GetProperty("Kind").GetString(), counts.RootElement.GetProperty("Read").GetInt32(),
                counts.RootElement.GetProperty("Imported").GetInt32(), counts.RootElement.GetProperty("Rejected").GetInt32()));
        }
    }

    [Fact]
    public async Task Batches_of_one_transaction_chain_their_audit_events_and_give_each_lot_its_change_sequence()
    {
        await ImportSuppliersAndMaterialsAsync();
        var (app, scope, db) = await _cli.OpenAsync();
        await using (app)
        await using (scope)
        {
            await using (var csv = File.OpenRead(CliRun.Sample("lots.csv")))
            {
                var importer = scope.ServiceProvider.GetRequiredService<IBulkImporter>();
                var result = await importer.ImportAsync(BulkEntityKind.Lots, csv, new BulkImportOptions { FileName = "lots.csv", BatchSize = 3 });
                Assert.Equal(4, result.Imported);
            }

            var verification = await scope.ServiceProvider.GetRequiredService<AuditTrailVerifier>().VerifyAsync(CancellationToken.None);
            Assert.True(verification.Intact, verification.Reason);
            var sequences = await db.Lots.Select(l => EF.Property<long>(l, AmConnector.OData.Delta.ChangeSequence.Property)).ToListAsync();
            Assert.Equal(4, sequences.Distinct().Count(s => s > 0));
        }
    }

    [Theory]
    [InlineData("Code;Name;Country\nX;Y;DE\n", "unknown column 'Code;Name;Country'")]
    [InlineData("Code,Name\n\"open,x\n", "not RFC 4180")]
    public async Task A_file_that_cannot_be_read_as_a_whole_is_refused_with_exit_code_2(string text, string _)
    {
        var file = _cli.File("suppliers.csv");
        await File.WriteAllTextAsync(file, text);

        Assert.Equal(2, await _cli.MainAsync("import", "suppliers", file));
        Assert.Equal(0, await CountSuppliersAsync());
    }

    [Fact]
    public async Task A_file_in_a_legacy_code_page_is_refused_rather_than_misread()
    {
        var file = _cli.File("suppliers.csv");
        await File.WriteAllBytesAsync(file, [.. "Code,Name,Country\nX,Stra"u8, 0xDF, .. "e,DE\n"u8]);

        Assert.Equal(2, await _cli.MainAsync("import", "suppliers", file));
        Assert.Equal(0, await CountSuppliersAsync());
    }

    public ValueTask DisposeAsync() => _cli.DisposeAsync();

    private async Task ImportSuppliersAndMaterialsAsync()
    {
        Assert.Equal(0, await _cli.MainAsync("import", "suppliers", CliRun.Sample("suppliers.csv")));
        Assert.Equal(0, await _cli.MainAsync("import", "materials", CliRun.Sample("materials.csv")));
    }

    private async Task<(int Events, int Lots)> CountAsync()
    {
        var (app, scope, db) = await _cli.OpenAsync();
        await using (app)
        await using (scope)
        {
            return (await db.AuditEvents.CountAsync(), await db.Lots.CountAsync());
        }
    }

    private async Task<int> CountSuppliersAsync()
    {
        var (app, scope, db) = await _cli.OpenAsync();
        await using (app)
        await using (scope)
        {
            return await db.Suppliers.CountAsync();
        }
    }

    private static string Normalised(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n');
}

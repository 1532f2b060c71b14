using System.Diagnostics;
using System.Globalization;
using System.Text;
using AmConnector.BulkData;
using AmConnector.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AmConnector.Benchmarks.BulkData;

/// <summary>
/// <c>import-csv --lots 100000 [--materials 200] [--batch 2000]</c>: generates sorted CSV files (10
/// suppliers, the materials, the lots spread over them), imports them into a fresh SQLite file with
/// the plugin's bulk importer as the CLI does (host built, never started), then exports the lots and
/// checks the file comes back the same. Prints rows per second for validation, writing and export.
/// </summary>
internal static class ImportCsvLoad
{
    public static async Task RunAsync(int lots, int materials, int batch)
    {
        var folder = Directory.CreateTempSubdirectory("amconnector-import-").FullName;
        try
        {
            var files = Generate(folder, lots, materials);
            var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = folder, EnvironmentName = Environments.Development });
            builder.Logging.ClearProviders();
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["AmConnector:Database:SqliteFile"] = Path.Combine(folder, "amconnector.db"),
                ["AmConnector:Demo:Seed"] = "false",
            });
            builder.Services.AddAmConnector();
            await using var app = builder.Build();
            await app.Services.InitializeAmConnectorDatabaseAsync();

            foreach (var (kind, file) in files)
            {
                await ImportAsync(app.Services, kind, file, batch);
            }

            await ExportAsync(app.Services, files[^1].File, Path.Combine(folder, "lots.export.csv"));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task ImportAsync(IServiceProvider services, BulkEntityKind kind, string file, int batch)
    {
        await using var scope = services.CreateAsyncScope();
        var importer = scope.ServiceProvider.GetRequiredService<IBulkImporter>();
        var clock = Stopwatch.StartNew();
        TimeSpan? validated = null;
        // The importer reports Validating at 100 % once every row is checked, before the first write.
        var progress = new Reporter(p => validated ??= p is { Phase: BulkPhase.Validating, Total: > 0 } && p.Done == p.Total ? clock.Elapsed : null);
        await using var csv = File.OpenRead(file);
        var result = await importer.ImportAsync(kind, csv, new BulkImportOptions { FileName = Path.GetFileName(file), BatchSize = batch }, progress);
        var total = clock.Elapsed;
        if (result.Rejected > 0 || !result.Written)
        {
            throw new InvalidOperationException($"{kind}: {result.Rejected} rows rejected, e.g. {result.Rejections[0]}");
        }

        var validation = validated ?? total;
        var writing = total - validation;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{kind,-9} {result.Imported,8} rows  total {total.TotalSeconds,6:F1} s = {result.Imported / total.TotalSeconds,7:F0} rows/s  " +
            $"(validate {validation.TotalSeconds:F1} s = {result.Read / validation.TotalSeconds:F0} rows/s; write {writing.TotalSeconds:F1} s = {result.Imported / writing.TotalSeconds:F0} rows/s)"));
    }

    private static async Task ExportAsync(IServiceProvider services, string imported, string exported)
    {
        await using var scope = services.CreateAsyncScope();
        var clock = Stopwatch.StartNew();
        int count;
        await using (var output = File.Create(exported))
        {
            count = await scope.ServiceProvider.GetRequiredService<IBulkExporter>().ExportAsync(BulkEntityKind.Lots, output);
        }

        var same = File.ReadAllText(imported) == File.ReadAllText(exported).Replace("\r\n", "\n", StringComparison.Ordinal);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"export    {count,8} rows  total {clock.Elapsed.TotalSeconds,6:F1} s = {count / clock.Elapsed.TotalSeconds,7:F0} rows/s  (same as the imported file: {same})"));
    }

    /// <summary>The three files, sorted by key as an export writes them.</summary>
    private static List<(BulkEntityKind Kind, string File)> Generate(string folder, int lots, int materials)
    {
        string Write(string name, IEnumerable<string> lines)
        {
            var path = Path.Combine(folder, name);
            File.WriteAllText(path, string.Join('\n', lines) + "\n", new UTF8Encoding(false));
            return path;
        }

        const int Suppliers = 10;
        var suppliers = Write("suppliers.csv", ["Code,Name,Country,Approval",
            .. Enumerable.Range(0, Suppliers).Select(s => $"S{s:D2},Supplier {s},DE,Approved")]);
        var materialKeys = Enumerable.Range(0, materials).Select(m => (Supplier: $"S{m % Suppliers:D2}", Catalogue: $"CAT-{m:D5}")).Order().ToList();
        var materialFile = Write("materials.csv", ["SupplierCode,CatalogueNumber,Name,Category,Grade",
            .. materialKeys.Select(m => $"{m.Supplier},{m.Catalogue},Material {m.Catalogue},Medium,Gmp")]);
        var lotLines = new List<string>(lots + 1) { "SupplierCode,CatalogueNumber,LotNumber,ManufacturedOn,ExpiresOn,RetestOn,Quantity,QuantityUnit,Status" };
        var perMaterial = (lots + materials - 1) / materials;
        for (var i = 0; i < lots; i++)
        {
            var (supplier, catalogue) = materialKeys[i / perMaterial];
            var made = new DateOnly(2025, 1, 1).AddDays(i % 365);
            lotLines.Add(string.Create(CultureInfo.InvariantCulture,
                $"{supplier},{catalogue},L{i:D7},{made:yyyy-MM-dd},{made.AddYears(2):yyyy-MM-dd},,{i % 50 + 1},mL,Quarantine"));
        }

        return [(BulkEntityKind.Suppliers, suppliers), (BulkEntityKind.Materials, materialFile), (BulkEntityKind.Lots, Write("lots.csv", lotLines))];
    }

    private sealed class Reporter(Action<BulkProgress> report) : IProgress<BulkProgress>
    {
        public void Report(BulkProgress value) => report(value);
    }
}

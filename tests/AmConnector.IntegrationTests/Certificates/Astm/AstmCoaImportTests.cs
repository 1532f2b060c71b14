using System.Text;
using System.Text.Json;
using AmConnector.Certificates;
using AmConnector.Certificates.Astm;
using AmConnector.IntegrationTests.Infrastructure;
using AmConnector.Server.Cli;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AmConnector.IntegrationTests.Certificates.Astm;

/// <summary>QA's command-line import of an E3077 file: the webhook's handler and evaluation, audited as cli:import-coa.</summary>
public sealed class AstmCoaImportTests(AmConnectorFactory factory) : IClassFixture<AmConnectorFactory>
{
    [Fact]
    public async Task An_imported_file_is_stored_judged_audited_as_the_command_and_kept_in_the_inbox()
    {
        var xml = AstmCoas.Xml("NWB-COA-C-001", "FB-26-C001");

        var result = await ImportAsync(xml, "NWB");

        Assert.True(result.IsAccepted, string.Join("; ", result.Problems));
        Assert.Equal(("Pass", false), (result.Verdict, result.IsRepeat));
        Assert.Equal(["/ASTMeDataXchange/MaterialDataGroup/MaterialData[1]/CountryOfOrigin"], result.IgnoredElements);
        await using var scope = factory.Scope(out var db);
        var coa = await db.Certificates.Include(c => c.Results).Include(c => c.Lots).SingleAsync(c => c.Id == result.CertificateId);
        Assert.Equal((CoaVerdict.Pass, 22, "FB-26-C001"), (coa.Verdict, coa.Results.Count, Assert.Single(coa.Lots).LotNumber));
        var audit = await db.AuditEvents.SingleAsync(e => e.EntityKey == coa.Id.ToString());
        Assert.Equal(("cli:import-coa", "NWB", result.InboundEventId.ToString()), (audit.ClientId, audit.SupplierCode, audit.InboundEventId));
        var inbox = await db.InboundEvents.SingleAsync(e => e.Id == result.InboundEventId);
        var stored = JsonDocument.Parse(inbox.Body).RootElement;
        Assert.Equal(("application/xml", xml), (stored.GetProperty("datacontenttype").GetString(), Encoding.UTF8.GetString(stored.GetProperty("data_base64").GetBytesFromBase64())));
        Assert.Contains("\"cli:import-coa\"", inbox.Headers, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_file_imported_again_is_recognised_and_changes_nothing()
    {
        var xml = AstmCoas.Xml("NWB-COA-C-002", "FB-26-C002");
        var first = await ImportAsync(xml, "NWB");

        var again = await ImportAsync(xml, "NWB");

        Assert.Equal((true, true, first.CertificateId, first.InboundEventId), (again.IsAccepted, again.IsRepeat, again.CertificateId, again.InboundEventId));
        await using var scope = factory.Scope(out var db);
        Assert.Equal(1, await db.Certificates.CountAsync(c => c.DocumentNumber == "NWB-COA-C-002"));
    }

    [Fact]
    public async Task A_file_with_problems_is_refused_at_its_locations_and_nothing_is_stored()
    {
        var xml = AstmCoas.Xml("NWB-COA-C-003", "FB-26-C003")
            .Replace("<LotNumber>FB-26-C003</LotNumber>", "", StringComparison.Ordinal)
            .Replace("<Unit>kGy</Unit>", "<Unit>kilogray</Unit>", StringComparison.Ordinal);

        var result = await ImportAsync(xml, "NWB");

        Assert.False(result.IsAccepted);
        Assert.Contains(result.Problems, p => p.Location.EndsWith("/MaterialData[1]/LotNumber", StringComparison.Ordinal));
        Assert.Contains(result.Problems, p => p.Location.EndsWith("/TestResult[21]/Specification/Unit", StringComparison.Ordinal));
        await using var scope = factory.Scope(out var db);
        Assert.False(await db.Certificates.AnyAsync(c => c.DocumentNumber == "NWB-COA-C-003"));
    }

    [Fact]
    public async Task A_CoA_for_a_material_of_another_supplier_is_refused()
    {
        var result = await ImportAsync(AstmCoas.Xml("NWB-COA-C-004", "FB-26-C004").Replace("<SupplierID>NWB</SupplierID>", "", StringComparison.Ordinal), "HLX");

        Assert.False(result.IsAccepted);
        Assert.Equal("/ASTMeDataXchange/MaterialDataGroup/MaterialData[1]/MaterialNumber", Assert.Single(result.Problems).Location);
    }

    [Fact]
    public async Task The_command_prints_the_verdict_and_exits_0_then_1_for_an_unknown_supplier()
    {
        var file = Path.Combine(factory.Folder, "coa-cli.xml");
        await File.WriteAllTextAsync(file, AstmCoas.Xml("NWB-COA-C-005", "FB-26-C005"));
        using var output = new StringWriter();

        var accepted = await ImportCoaCommand.RunAsync(factory.Services, ["import", "coa", file, "--supplier", "NWB"], output);
        var unknown = await ImportCoaCommand.RunAsync(factory.Services, [file, "--supplier", "NOPE"], output);
        var usage = await ImportCoaCommand.RunAsync(factory.Services, ["import", "coa", file], output);

        Assert.Equal((0, 1, 2), (accepted, unknown, usage));
        Assert.Contains("verdict      Pass", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("no supplier has the code 'NOPE'", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_sample_file_is_imported_through_the_servers_command_line()
    {
        await using var cli = new BulkData.CliRun(demoData: true);

        var exit = await cli.MainAsync("import", "coa", RepositoryRoot.Combine("samples", "astm-e3077", "coa-example.xml"), "--supplier", "NWB");
        var again = await cli.MainAsync("import", "coa", RepositoryRoot.Combine("samples", "astm-e3077", "coa-example.xml"), "--supplier", "NWB");

        Assert.Equal((0, 0), (exit, again));
        var (app, scope, db) = await cli.OpenAsync();
        await using (app)
        await using (scope)
        {
            var coa = await db.Certificates.Include(c => c.Results).SingleAsync(c => c.Type == CertificateType.CertificateOfAnalysis && c.Results.Count == 22);
            Assert.Equal(1, await db.InboundEvents.CountAsync(e => e.Headers.Contains("cli:import-coa")));
            Assert.Equal(CoaVerdict.Pass, coa.Verdict);
        }
    }

    private async Task<AstmCoaImportResult> ImportAsync(string xml, string supplier)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(xml));
        return await scope.ServiceProvider.GetRequiredService<AstmCoaImport>().ImportAsync(stream, supplier, "coa.xml", CancellationToken.None);
    }
}

using AmConnector.Certificates.Astm;
using Microsoft.Extensions.DependencyInjection;

namespace AmConnector.Server.Cli;

/// <summary>
/// <c>import coa &lt;file.xml&gt; --supplier &lt;code&gt;</c>: QA imports a supplier's ASTM E3077 CoA file
/// (ADR-014). It is stored and judged exactly as if the supplier had posted it as a signed
/// <c>am.coa.issued</c> event, audited as <c>cli:import-coa</c>. Exit codes: 0 stored (or the same
/// file was imported before), 1 refused (each problem printed with its XML location), 2 usage.
/// </summary>
internal static class ImportCoaCommand
{
    public const string Usage = "usage: import coa <file.xml> --supplier <code>";

    /// <summary>Runs the import; <paramref name="args"/> may start with <c>import coa</c> or with the file.</summary>
    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output, CancellationToken cancellationToken = default)
    {
        var rest = args.SkipWhile(a => a is "import" or "coa").ToList();
        var supplierAt = rest.IndexOf("--supplier");
        if (supplierAt < 0 || supplierAt + 1 >= rest.Count)
        {
            await output.WriteLineAsync(Usage);
            return 2;
        }

        var supplier = rest[supplierAt + 1];
        rest.RemoveRange(supplierAt, 2);
        if (rest.Count != 1)
        {
            await output.WriteLineAsync(Usage);
            return 2;
        }

        var file = rest[0];
        if (!File.Exists(file))
        {
            await output.WriteLineAsync($"No file '{file}'.");
            return 2;
        }

        await using var scope = services.CreateAsyncScope();
        var import = scope.ServiceProvider.GetRequiredService<AstmCoaImport>();
        AstmCoaImportResult result;
        await using (var stream = File.OpenRead(file))
        {
            result = await import.ImportAsync(stream, supplier, Path.GetFileName(file), cancellationToken);
        }

        await Print(result, output);
        return result.IsAccepted ? 0 : 1;
    }

    private static async Task Print(AstmCoaImportResult result, TextWriter output)
    {
        await output.WriteLineAsync(result.Title);
        if (result.IsAccepted)
        {
            await output.WriteLineAsync($"  certificate  {result.CertificateId}");
            await output.WriteLineAsync($"  verdict      {result.Verdict}{(result.VerdictReason is null ? "" : " — " + result.VerdictReason)}");
            await output.WriteLineAsync($"  inbox entry  {result.InboundEventId}");
        }

        foreach (var problem in result.Problems)
        {
            await output.WriteLineAsync($"  {problem.Location}: {problem.Message}");
        }

        foreach (var ignored in result.IgnoredElements)
        {
            await output.WriteLineAsync($"  ignored: {ignored}");
        }
    }
}

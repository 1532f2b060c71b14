using System.Text;
using System.Text.Json;

namespace AmConnector.IntegrationTests.Infrastructure;

/// <summary>samples/astm-e3077/coa-example.xml under other document and lot numbers, and the CloudEvent that carries it.</summary>
public static class AstmCoas
{
    public const string SampleDocument = "NWB-COA-FB261142";
    public const string SampleLot = "FB-26-1142";

    public static string Sample { get; } = File.ReadAllText(RepositoryRoot.Combine("samples", "astm-e3077", "coa-example.xml"));

    /// <summary>The sample as another CoA: each test stores its own, since the database is shared by a class.</summary>
    public static string Xml(string documentNumber, string lotNumber) =>
        Sample.Replace(SampleDocument, documentNumber, StringComparison.Ordinal).Replace(SampleLot, lotNumber, StringComparison.Ordinal);

    /// <summary>am.coa.issued in structured mode with <c>datacontenttype: application/xml</c>: the XML as the JSON string data, or as data_base64.</summary>
    public static string CloudEvent(string xml, bool base64 = false, string type = "am.coa.issued") =>
        JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["specversion"] = "1.0",
            ["id"] = Guid.NewGuid().ToString(),
            ["source"] = "urn:supplier:NWB:publisher",
            ["type"] = type,
            ["time"] = DateTimeOffset.UtcNow.ToString("O"),
            ["datacontenttype"] = "application/xml",
            [base64 ? "data_base64" : "data"] = base64 ? Convert.ToBase64String(Encoding.UTF8.GetBytes(xml)) : xml,
        });
}

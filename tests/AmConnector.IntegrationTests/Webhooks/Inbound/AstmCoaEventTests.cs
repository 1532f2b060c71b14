using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AmConnector.Certificates;
using AmConnector.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AmConnector.IntegrationTests.Webhooks.Inbound;

/// <summary>
/// am.coa.issued carrying an ASTM E3077 CoA (ADR-014): signed like any event, stored in the inbox
/// like any event, judged by the same handler and evaluation as the JSON form, refused with XML
/// locations and nothing stored.
/// </summary>
public sealed class AstmCoaEventTests(AmConnectorFactory factory) : IClassFixture<AmConnectorFactory>
{
    private const string Material = "/ASTMeDataXchange/MaterialDataGroup/MaterialData[1]";

    [Fact]
    public async Task The_sample_as_XML_is_accepted_and_judged_line_for_line_as_its_JSON_twin()
    {
        var (xmlStatus, xmlAnswer) = await PostAsync(AstmCoas.CloudEvent(AstmCoas.Xml("NWB-COA-X-001", "FB-26-X001")));
        var (jsonStatus, jsonAnswer) = await PostAsync(SupplierEvents.CloudEvent("am.coa.issued", JsonTwin("NWB-COA-J-001", "FB-26-J001")));

        Assert.Equal((HttpStatusCode.Accepted, HttpStatusCode.Accepted), (xmlStatus, jsonStatus));
        Assert.Equal("Pass", xmlAnswer.GetProperty("result").GetProperty("verdict").GetString());
        Assert.Equal([Material + "/CountryOfOrigin"], xmlAnswer.GetProperty("astm").GetProperty("ignoredElements").EnumerateArray().Select(e => e.GetString()));
        Assert.False(jsonAnswer.TryGetProperty("astm", out _));
        await using var scope = factory.Scope(out var db);
        var fromXml = await db.Certificates.Include(c => c.Results).Include(c => c.Lots).SingleAsync(c => c.DocumentNumber == "NWB-COA-X-001");
        var fromJson = await db.Certificates.Include(c => c.Results).SingleAsync(c => c.DocumentNumber == "NWB-COA-J-001");
        Assert.Equal(22, fromXml.Results.Count);
        Assert.Equal(Lines(fromJson), Lines(fromXml));
        Assert.Equal((fromJson.Verdict, fromJson.VerdictReason, fromJson.Issuer, fromJson.Signatory, fromJson.IssuedOn),
            (fromXml.Verdict, fromXml.VerdictReason, fromXml.Issuer, fromXml.Signatory, fromXml.IssuedOn));
        var lot = Assert.Single(fromXml.Lots);
        Assert.Equal(("FB-26-X001", new DateOnly(2026, 10, 12), new DateOnly(2031, 10, 12)), (lot.LotNumber, lot.ManufacturedOn, lot.ExpiresOn));
    }

    [Fact]
    public async Task The_inbox_keeps_the_XML_event_as_received_and_the_audit_names_it()
    {
        var body = AstmCoas.CloudEvent(AstmCoas.Xml("NWB-COA-X-002", "FB-26-X002"), base64: true);

        var (status, answer) = await PostAsync(body);

        Assert.Equal(HttpStatusCode.Accepted, status);
        await using var scope = factory.Scope(out var db);
        var inboundId = answer.GetProperty("inboundEventId").GetGuid();
        var inbox = await db.InboundEvents.SingleAsync(e => e.Id == inboundId);
        Assert.Equal((body, "am.coa.issued", 202), (inbox.Body, inbox.Type, inbox.OutcomeStatus));
        var certificateId = answer.GetProperty("result").GetProperty("certificateId").GetGuid().ToString();
        var audit = await db.AuditEvents.SingleAsync(e => e.EntityKey == certificateId);
        Assert.Equal((inboundId.ToString(), "supplier:NWB"), (audit.InboundEventId, audit.ClientId));
    }

    [Fact]
    public async Task An_XML_CoA_over_the_endotoxin_limit_is_out_of_specification()
    {
        var xml = AstmCoas.Xml("NWB-COA-X-003", "FB-26-X003").Replace("<Value>1.8</Value>", "<Value>14</Value>", StringComparison.Ordinal);

        var (status, answer) = await PostAsync(AstmCoas.CloudEvent(xml));

        Assert.Equal(HttpStatusCode.Accepted, status);
        Assert.Equal("OutOfSpecification", answer.GetProperty("result").GetProperty("verdict").GetString());
        Assert.Contains("Endotoxin", answer.GetProperty("result").GetProperty("verdictReason").GetString(), StringComparison.Ordinal);
    }

    public static TheoryData<string, string, string> Refusals => new()
    {
        { "malformed", AstmCoas.Xml("NWB-COA-X-101", "FB-26-X101").Replace("</LotNumber>", "</Lot>", StringComparison.Ordinal), "/" },
        {
            "external entity",
            AstmCoas.Xml("NWB-COA-X-102", "FB-26-X102")
                .Replace("<ASTMeDataXchange ", "<!DOCTYPE ASTMeDataXchange [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n<ASTMeDataXchange ", StringComparison.Ordinal)
                .Replace("<MaterialName>", "<MaterialName>&xxe;", StringComparison.Ordinal),
            "/"
        },
        { "wrong root", "<?xml version=\"1.0\"?><CertificateOfAnalysis><Lot>FB-26-X103</Lot></CertificateOfAnalysis>", "/CertificateOfAnalysis" },
        { "missing lot number", AstmCoas.Xml("NWB-COA-X-104", "FB-26-X104").Replace("<LotNumber>FB-26-X104</LotNumber>", "", StringComparison.Ordinal), Material + "/LotNumber" },
        {
            "unknown unit",
            AstmCoas.Xml("NWB-COA-X-105", "FB-26-X105").Replace("<Value>0.05</Value>\n            <Unit>mg/mL</Unit>", "<Value>0.05</Value>\n            <Unit>mg/furlong</Unit>", StringComparison.Ordinal),
            Material + "/TestResults/TestResult[7]/Result/Unit"
        },
        { "unknown material", AstmCoas.Xml("NWB-COA-X-106", "FB-26-X106").Replace("NB-FBS-500", "NB-NOPE-1", StringComparison.Ordinal), Material + "/MaterialNumber" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task A_CoA_that_cannot_be_used_is_422_at_its_XML_location_and_nothing_is_stored(string why, string xml, string location)
    {
        var secret = await SupplierEvents.CreateSecretAsync(factory, "NWB");
        using var client = factory.CreateAnonymousClient();
        var webhookId = "msg_" + Guid.NewGuid().ToString("N");

        using var response = await client.SendAsync(SupplierEvents.Post("NWB", secret, AstmCoas.CloudEvent(xml), webhookId));

        Assert.True(response.StatusCode == HttpStatusCode.UnprocessableEntity, why);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty(location, out var messages), $"{why}: {errors}");
        Assert.DoesNotContain("root:", messages.ToString(), StringComparison.Ordinal);
        await using var scope = factory.Scope(out var db);
        Assert.False(await db.InboundEvents.AnyAsync(e => e.WebhookId == webhookId));
        var number = xml.Contains("NWB-COA-X-", StringComparison.Ordinal) ? xml[xml.IndexOf("NWB-COA-X-", StringComparison.Ordinal)..][..13] : "none";
        Assert.False(await db.Certificates.AnyAsync(c => c.DocumentNumber == number));
    }

    [Fact]
    public async Task The_same_CoA_again_is_a_409_at_its_certificate_number()
    {
        var xml = AstmCoas.Xml("NWB-COA-X-201", "FB-26-X201");
        Assert.Equal(HttpStatusCode.Accepted, (await PostAsync(AstmCoas.CloudEvent(xml))).Status);

        var (status, problem) = await PostAsync(AstmCoas.CloudEvent(xml, base64: true));

        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.True(problem.GetProperty("errors").TryGetProperty(Material + "/CertificateNumber", out _), problem.ToString());
    }

    [Fact]
    public async Task XML_data_for_another_type_is_a_400_naming_the_content_type()
    {
        var (status, problem) = await PostAsync(AstmCoas.CloudEvent(AstmCoas.Sample, type: "am.lot.recalled"));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.True(problem.GetProperty("errors").TryGetProperty("/datacontenttype", out _));
    }

    [Fact]
    public async Task Both_data_and_data_base64_is_a_400()
    {
        var body = JsonSerializer.Deserialize<Dictionary<string, object?>>(AstmCoas.CloudEvent(AstmCoas.Sample))!;
        body["data_base64"] = Convert.ToBase64String("<x/>"u8.ToArray());

        var (status, problem) = await PostAsync(JsonSerializer.Serialize(body));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.True(problem.GetProperty("errors").TryGetProperty("/data_base64", out _));
    }

    private async Task<(HttpStatusCode Status, JsonElement Body)> PostAsync(string body)
    {
        var secret = await SupplierEvents.CreateSecretAsync(factory, "NWB");
        using var client = factory.CreateAnonymousClient();
        using var response = await client.SendAsync(SupplierEvents.Post("NWB", secret, body));
        return (response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    private static List<string> Lines(Certificate coa) => coa.Results.OrderBy(r => r.LineNumber).Select(r =>
        string.Join(" | ", r.LineNumber, r.TestName, r.Method, r.Specification.Kind, r.Specification.Text, r.Specification.Lower, r.Specification.LowerInclusive,
            r.Specification.Upper, r.Specification.UpperInclusive, r.Specification.Unit, r.Specification.Expected, r.ReportedResult, r.ReportedValue, r.ReportedUnit,
            r.Verdict, r.VerdictReason)).ToList();

    /// <summary>The sample's CoA written by hand as the JSON of am.coa.issued: what the mapper must come to.</summary>
    private static object JsonTwin(string documentNumber, string lotNumber) => new
    {
        catalogueNumber = "NB-FBS-500",
        documentNumber,
        issuedOn = "2026-11-18",
        issuer = "Northwind Bioreagents, Inc.",
        signatory = "J. Okafor, QA Manager",
        lots = new[] { new { lotNumber, manufacturedOn = "2026-10-12", expiresOn = "2031-10-12" } },
        results = new[]
        {
            Qualitative("Appearance", "Visual inspection", "Clear, amber to straw-coloured liquid", "Conforms", "Conforms"),
            Numeric("Endotoxin", "USP <85>", "≤ 10 EU/mL", null, 10, "[EU]/mL", 1.8m),
            Numeric("pH", "USP <791>", "pH 6.7–7.6", 6.7m, 7.6m, "[pH]", 7.32m),
            Numeric("Osmolality", "USP <785>", "280–340 mOsm/kg", 280, 340, "mosm/kg", 305),
            Numeric("Total protein", "Biuret", "3.0–4.5 g/dL", 3.0m, 4.5m, "g/dL", 3.8m),
            Numeric("Albumin", "Bromocresol green", "1.5–3.0 g/dL", 1.5m, 3.0m, "g/dL", 2.2m),
            Numeric("IgG", "Radial immunodiffusion", "≤ 0.2 mg/mL", null, 0.2m, "mg/mL", 0.05m),
            Numeric("Haemoglobin", "Spectrophotometry", "≤ 20 mg/dL", null, 20, "mg/dL", 9.6m),
            Qualitative("Sterility", "USP <71>", "Pass", "Pass", "Pass"),
            Qualitative("Mycoplasma", "Ph. Eur. 2.6.7", "Not detected", "NotDetected", "Not detected"),
            Qualitative("Bacteriophage", "Plaque assay", "Not detected", "NotDetected", "Not detected"),
            Qualitative("BVDV", "9 CFR 113.53", "Negative", "Negative", "Negative"),
            Qualitative("IBR", "9 CFR 113.53", "Negative", "Negative", "Negative"),
            Qualitative("PI-3", "9 CFR 113.53", "Negative", "Negative", "Negative"),
            Qualitative("Bluetongue virus", "9 CFR 113.53", "Negative", "Negative", "Negative"),
            Qualitative("Bovine adenovirus", "9 CFR 113.53", "Negative", "Negative", "Negative"),
            Qualitative("Bovine parvovirus", "9 CFR 113.53", "Negative", "Negative", "Negative"),
            Qualitative("Rabies virus", "9 CFR 113.53", "Negative", "Negative", "Negative"),
            Qualitative("Reovirus", "9 CFR 113.53", "Negative", "Negative", "Negative"),
            Numeric("Cell growth promotion (Sp2/0-Ag14, 4 passages)", "Growth relative to reference lot", "≥ 90 % of reference", 90, null, "%", 104),
            Numeric("Gamma irradiation dose", "ISO 11137-2 dosimetry", "25–40 kGy", 25, 40, "kGy", 31.5m),
            Numeric("Fill volume", "Gravimetric", "≥ 500 mL", 500, null, "mL", 505),
        },
    };

    private static Dictionary<string, object?> Numeric(string test, string method, string text, decimal? lower, decimal? upper, string unit, decimal value)
    {
        var specification = new Dictionary<string, object?> { ["kind"] = "Numeric", ["text"] = text, ["unit"] = unit };
        if (lower is not null)
        {
            specification["lower"] = lower;
        }

        if (upper is not null)
        {
            specification["upper"] = upper;
        }

        return new() { ["testName"] = test, ["method"] = method, ["specification"] = specification, ["reportedValue"] = value, ["reportedUnit"] = unit };
    }

    private static Dictionary<string, object?> Qualitative(string test, string method, string text, string expected, string printed) => new()
    {
        ["testName"] = test,
        ["method"] = method,
        ["specification"] = new { kind = "Qualitative", text, expected },
        ["reportedResult"] = printed,
    };
}

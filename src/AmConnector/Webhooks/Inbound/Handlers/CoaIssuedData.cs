using System.Text.Json;
using System.Text.Json.Serialization;
using AmConnector.Common;

namespace AmConnector.Webhooks.Inbound.Handlers;

/// <summary>
/// The data of <c>am.coa.issued</c> as <c>contracts/events/am.coa.issued.schema.json</c> describes it.
/// The JSON event is read into it; an ASTM E3077 document is mapped to it (ADR-014), so both
/// formats reach <see cref="CoaIssuedHandler"/> and the same evaluation.
/// </summary>
internal sealed record CoaIssuedData(
    string CatalogueNumber, string DocumentNumber, DateOnly IssuedOn, DateOnly? ValidUntil, string? Issuer, string? Signatory,
    DocumentReference? Document, List<CoaLot> Lots, List<CoaLine> Results)
{
    /// <summary>Writing leaves absent members out, as a supplier's JSON would: the schema has no nulls.</summary>
    private static readonly JsonSerializerOptions Writing = new(InboundJson.Options) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    public JsonElement ToJson() => JsonSerializer.SerializeToElement(this, Writing);
}

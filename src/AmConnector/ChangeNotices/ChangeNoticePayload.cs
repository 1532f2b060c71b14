using System.Text.Json;
using System.Text.Json.Serialization;

namespace AmConnector.ChangeNotices;

/// <summary>The version record's payload for a notice entered by hand: what the person entered, as JSON.</summary>
internal static class ChangeNoticePayload
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Of(ChangeNotice notice) => JsonSerializer.Serialize(new
    {
        notice.SupplierCode, notice.SupplierReference, notice.Version, notice.Area, notice.Level, notice.Title, notice.Description,
        notice.Rationale, notice.CurrentState, notice.ProposedState, notice.AffectedCatalogueNumbers, notice.AffectedLotNumbers,
        notice.NotifiedAt, notice.PlannedImplementationOn, notice.LastOrderOn, notice.LastShipOn, notice.ProposedAlternative,
        notice.FirstAffectedLotOrDate, notice.ContactName, notice.ContactEmail, notice.SupportingDocuments,
    }, Json);
}

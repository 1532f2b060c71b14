using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace AmConnector.AuditTrail;

/// <summary>
/// The canonical form the hash covers: every field but the hash itself, in a fixed order, each as
/// invariant text, separated by a unit separator that cannot occur in JSON. Changing this breaks
/// every stored chain, so it never changes; a new field would get a new chain version.
/// </summary>
internal static class AuditCanonical
{
    private const char Separator = '\u001f';

    public static string HashOf(AuditEvent e)
    {
        var text = string.Join(Separator,
            e.PreviousHash,
            e.Sequence.ToString(CultureInfo.InvariantCulture),
            e.OccurredAt.UtcTicks.ToString(CultureInfo.InvariantCulture),
            e.EntityType, e.EntityKey, e.NaturalKey ?? "",
            e.Action.ToString(),
            e.OldValues ?? "", e.NewValues ?? "", e.Reason ?? "",
            e.ClientId, e.Subject ?? "", e.PersonName ?? "", e.SupplierCode ?? "",
            e.CorrelationId ?? "", e.InboundEventId ?? "");
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}

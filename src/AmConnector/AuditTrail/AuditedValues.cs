using System.Globalization;
using System.Text.Json;
using AmConnector.Security.ApiKeys;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace AmConnector.AuditTrail;

/// <summary>
/// The old and new values of one record's write as JSON objects, owned parts folded in as
/// <c>Part.Property</c>. Secrets never appear: their properties are left out entirely.
/// </summary>
internal static class AuditedValues
{
    private static readonly HashSet<string> Secrets =
    [
        nameof(ApiKey.KeyHash), "ClientSecret", nameof(Webhooks.Inbound.SupplierWebhookSecret.ProtectedSecret),
        nameof(Webhooks.Outbound.WebhookEndpoint.ProtectedSecret), nameof(Webhooks.Outbound.WebhookEndpoint.PreviousProtectedSecret),
    ];

    public static (string? Old, string? New) Of(EntityEntry entry)
    {
        var old = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        var @new = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        Collect(entry, "", entry.State, old, @new);
        return (entry.State == EntityState.Added || old.Count == 0 ? null : Serialize(old), @new.Count == 0 ? null : Serialize(@new));
    }

    /// <summary>Whether anything of the record itself or of its owned parts changed.</summary>
    public static bool HasChanges(EntityEntry entry) =>
        entry.State is EntityState.Added or EntityState.Deleted ||
        entry.Properties.Any(p => p.IsModified && !Equals(p.OriginalValue, p.CurrentValue)) ||
        entry.References.Any(r => r.TargetEntry is { } owned && r.Metadata.TargetEntityType.IsOwned() && HasChanges(owned));

    private static void Collect(EntityEntry entry, string prefix, EntityState ownerState, IDictionary<string, object?> old, IDictionary<string, object?> @new)
    {
        var inserted = ownerState == EntityState.Added || entry.State == EntityState.Added;
        foreach (var property in entry.Properties)
        {
            // ChangeSequence is the event's own Sequence, stamped after the values are taken (ADR-012).
            if (Secrets.Contains(property.Metadata.Name) || property.Metadata.Name == OData.Delta.ChangeSequence.Property || property.Metadata.IsShadowProperty() && property.Metadata.IsForeignKey() && prefix.Length > 0)
            {
                continue;
            }

            var name = prefix + property.Metadata.Name;
            if (inserted)
            {
                @new[name] = Plain(property.CurrentValue);
            }
            else if (property.IsModified && !Equals(property.OriginalValue, property.CurrentValue))
            {
                old[name] = Plain(property.OriginalValue);
                @new[name] = Plain(property.CurrentValue);
            }
        }

        foreach (var reference in entry.References.Where(r => r.Metadata.TargetEntityType.IsOwned() && r.TargetEntry is not null))
        {
            Collect(reference.TargetEntry!, prefix + reference.Metadata.Name + ".", inserted ? EntityState.Added : ownerState, old, @new);
        }
    }

    /// <summary>Values as JSON can hold them, in invariant form: dates ISO 8601, enums by name, lists as arrays.</summary>
    private static object? Plain(object? value) => value switch
    {
        null => null,
        Enum e => e.ToString(),
        DateTimeOffset d => d.UtcDateTime.ToString("O", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => value,
    };

    private static readonly JsonSerializerOptions Json = new() { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };

    private static string Serialize(IDictionary<string, object?> values) => JsonSerializer.Serialize(values, Json);
}

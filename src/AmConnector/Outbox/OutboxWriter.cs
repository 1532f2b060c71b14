using System.Diagnostics;
using System.Text.Json;
using AmConnector.Data;

namespace AmConnector.Outbox;

/// <summary>
/// Adds outbound events to the context's change set, so they commit or roll back with the change
/// that causes them (design.md principle 1). Nothing is sent from here.
/// </summary>
internal sealed class OutboxWriter(TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    public OutboxMessage Add(AmConnectorDbContext db, string type, string subject, object data, string? supplierCode = null, string? catalogueNumber = null)
    {
        var message = new OutboxMessage
        {
            Type = type,
            Subject = subject,
            SupplierCode = supplierCode,
            CatalogueNumber = catalogueNumber,
            Data = JsonSerializer.Serialize(data, Json),
            OccurredAt = clock.GetUtcNow(),
            CorrelationId = Activity.Current?.TraceId.ToString(),
        };
        db.OutboxMessages.Add(message);
        return message;
    }
}

using System.Text.Json;
using AmConnector.IntegrationTests.Infrastructure;
using AmConnector.Webhooks.Inbound;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace AmConnector.IntegrationTests.Webhooks.Inbound;

/// <summary>What the receiver hands the writer after its checks: the sender, the envelope and the inbox row.</summary>
internal static class InboundSubmissions
{
    public static async Task<InboundSubmission> CreateAsync(AmConnectorFactory factory, string body, string webhookId, string supplierCode = "NWB")
    {
        await using var scope = factory.Scope(out var db);
        var supplier = await db.Suppliers.AsNoTracking().SingleAsync(s => s.Code == supplierCode);
        using var document = JsonDocument.Parse(body);
        var envelope = CloudEventEnvelope.Parse(document.RootElement.Clone()).Envelope!;
        var inbox = new InboundEvent
        {
            SupplierId = supplier.Id, SupplierCode = supplier.Code, WebhookId = webhookId, CloudEventId = envelope.Id, Type = envelope.Type,
            ReceivedAt = DateTimeOffset.UtcNow, Body = body, BodySha256 = new string('0', 64), OutcomeStatus = StatusCodes.Status202Accepted,
        };
        return new InboundSubmission(supplier, envelope, inbox, reasonHeader: null, activity: null);
    }
}

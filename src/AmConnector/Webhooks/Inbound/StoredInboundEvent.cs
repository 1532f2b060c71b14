using System.Diagnostics;
using System.Text.Json;
using AmConnector.Certificates.Astm;
using AmConnector.Suppliers;
using AmConnector.Telemetry;

namespace AmConnector.Webhooks.Inbound;

/// <summary>
/// Turns an event stored on receipt (ADR-020) back into what the request would have handed the
/// writer: the envelope read from the stored bytes (the signature and schema were checked before it
/// was stored), the ASTM mapping of an XML CoA, the sender's reason, and a span that continues the
/// sender's trace, so the audit events and outbox rows carry the same correlation as on receipt.
/// </summary>
internal static class StoredInboundEvent
{
    /// <summary>The audit-reason header, in the lower case the evidence headers are kept in.</summary>
    public const string ReasonHeader = "amconnector-reason";

    public static InboundSubmission Read(InboundEvent inbox, Supplier supplier)
    {
        using var document = JsonDocument.Parse(inbox.Body);
        var envelope = CloudEventEnvelope.Parse(document.RootElement.Clone()).Envelope
            ?? throw new InvalidOperationException($"Stored inbound event {inbox.Id} no longer reads as a CloudEvent.");
        AstmCoaMapping? astm = null;
        if (envelope.IsXml)
        {
            astm = AstmCoaMapper.Map(envelope, supplier.Code);
            envelope = envelope with { Data = astm.Data!.ToJson() };
        }

        var headers = JsonSerializer.Deserialize<Dictionary<string, string>>(inbox.Headers) ?? [];
        return new InboundSubmission(supplier, envelope, inbox, headers.GetValueOrDefault(ReasonHeader), StartSpan(inbox, headers)) { Astm = astm };
    }

    /// <summary>
    /// A span for the apply, child of the sender's <c>traceparent</c> when it sent one. Started even
    /// without a listener: the audit trail's correlation id is the current activity's id.
    /// </summary>
    private static Activity StartSpan(InboundEvent inbox, Dictionary<string, string> headers)
    {
        var traced = ActivityContext.TryParse(headers.GetValueOrDefault("traceparent"), null, out var parent);
        var activity = AmConnectorTelemetry.Source.StartActivity(TelemetryTags.InboundApplySpan, ActivityKind.Internal, parent);
        if (activity is null)
        {
            activity = new Activity(TelemetryTags.InboundApplySpan);
            if (traced)
            {
                activity.SetParentId(parent.TraceId, parent.SpanId, parent.TraceFlags);
            }

            activity.Start();
        }

        return activity.SetTag(TelemetryTags.SupplierCode, inbox.SupplierCode)
            .SetTag(TelemetryTags.EventType, inbox.Type)
            .SetTag(TelemetryTags.WebhookId, inbox.WebhookId);
    }
}

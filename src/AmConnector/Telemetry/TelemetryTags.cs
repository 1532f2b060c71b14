namespace AmConnector.Telemetry;

/// <summary>
/// Span names and attribute keys of AmConnector's own spans. CloudEvents and HTTP keys follow the
/// OpenTelemetry semantic conventions; the rest live under <c>amconnector.</c>. No body, signature,
/// secret or URL is ever a tag (a receiver's URL may carry a token in its query).
/// </summary>
internal static class TelemetryTags
{
    public const string InboundSpan = "amconnector.webhook.receive";

    /// <summary>Applying a supplier event stored earlier (ADR-020); a child of the request that stored it.</summary>
    public const string InboundApplySpan = "amconnector.webhook.apply";
    public const string OutboundSpan = "amconnector.webhook.deliver";
    public const string HostQmsSpan = "amconnector.host_qms.job";

    public const string EventType = "cloudevents.event_type";
    public const string EventId = "cloudevents.event_id";
    public const string StatusCode = "http.response.status_code";

    public const string SupplierCode = "amconnector.supplier.code";
    public const string WebhookId = "amconnector.webhook.id";
    public const string EndpointId = "amconnector.webhook.endpoint_id";
    public const string Attempt = "amconnector.attempt";
    public const string Outcome = "amconnector.outcome";
    public const string OutcomeStatus = "amconnector.webhook.outcome_status";
    public const string JobId = "amconnector.host_qms.job_id";
    public const string JobKind = "amconnector.host_qms.job_kind";
}

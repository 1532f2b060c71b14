namespace AmConnector.Client.Suppliers;

/// <summary>One entry of a supplier's inbound log: what arrived and what it was answered (the body is left out).</summary>
public sealed record InboundEventSummary(
    Guid Id, string Type, string WebhookId, string CloudEventId, string? Subject, DateTimeOffset ReceivedAt, string BodySha256, int OutcomeStatus, string Outcome);

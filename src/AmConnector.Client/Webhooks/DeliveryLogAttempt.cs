namespace AmConnector.Client.Webhooks;

/// <summary>One HTTP try of a delivery.</summary>
public sealed record DeliveryLogAttempt(int Number, DateTimeOffset StartedAt, double DurationMs, int? StatusCode, bool Succeeded, string? Error, string? Response);

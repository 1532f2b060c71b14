namespace AmConnector.Webhooks.Outbound;

/// <summary>An attempt as the log shows it.</summary>
public sealed record DeliveryLogAttempt(int Number, DateTimeOffset StartedAt, double DurationMs, int? StatusCode, bool Succeeded, string? Error, string? Response);

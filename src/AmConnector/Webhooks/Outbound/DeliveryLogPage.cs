namespace AmConnector.Webhooks.Outbound;

/// <summary>A page of the log; <see cref="NextLink"/> continues it.</summary>
public sealed record DeliveryLogPage(IReadOnlyList<DeliveryLogEntry> Value, string? NextLink);

namespace AmConnector.Client.Webhooks;

/// <summary>A page of the delivery log, newest first; <see cref="NextLink"/> continues it.</summary>
public sealed record DeliveryLogPage(IReadOnlyList<DeliveryLogEntry> Value, Uri? NextLink);

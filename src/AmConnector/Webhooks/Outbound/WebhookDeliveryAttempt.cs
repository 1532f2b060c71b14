namespace AmConnector.Webhooks.Outbound;

/// <summary>One HTTP try of a delivery: what the receiver answered, how long it took, or why it failed.</summary>
public sealed class WebhookDeliveryAttempt
{
    public const int MaxResponseBytes = 4096;

    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid DeliveryId { get; set; }

    public Guid EndpointId { get; set; }

    public string? OwnerSupplierCode { get; set; }

    /// <summary>1 for the first attempt of the delivery, counting across replays.</summary>
    public int Number { get; set; }

    public DateTimeOffset StartedAt { get; set; }

    public double DurationMs { get; set; }

    public int? StatusCode { get; set; }

    public bool Succeeded { get; set; }

    /// <summary>The start of the response body, at most 4 KiB.</summary>
    public string? Response { get; set; }

    /// <summary>Why it failed without (or besides) a status: timeout, refused address, redirect, connection error.</summary>
    public string? Error { get; set; }
}

namespace AmConnector.Webhooks.Inbound;

/// <summary>Where a stored supplier event stands (ADR-020). Stored and written by name, like every enum.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<InboundEventState>))]
public enum InboundEventState
{
    /// <summary>Its change is committed with it (on receipt, or later by the writer).</summary>
    Applied,

    /// <summary>Stored and acknowledged, waiting for the writer to apply it in order.</summary>
    Pending,

    /// <summary>Stored, then refused by the business rules (409/422); the outcome is the problem detail.</summary>
    Refused,

    /// <summary>Applying it threw on every attempt; the outcome is a 500 problem and the operator is told by the log.</summary>
    Failed,
}

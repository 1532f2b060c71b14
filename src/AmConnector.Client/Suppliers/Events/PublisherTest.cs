namespace AmConnector.Client.Suppliers.Events;

/// <summary>The data of <c>am.test</c>: stored and echoed back, no business effect; checks a publisher's setup.</summary>
public sealed record PublisherTest
{
    public string? Message { get; init; }
}

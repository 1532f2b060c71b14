namespace AmConnector.Webhooks.Inbound;

/// <summary>Applies one inbound event type to the AM data. Registered once per type.</summary>
internal interface IInboundEventHandler
{
    string Type { get; }

    Task<InboundResult> HandleAsync(InboundEventContext context, CancellationToken cancellationToken);
}

namespace AmConnector.Webhooks.Inbound.Handlers;

/// <summary><c>am.test</c>: proves the supplier's signing works end to end; stored in the inbox, nothing else.</summary>
internal sealed class TestEventHandler : IInboundEventHandler
{
    public string Type => InboundEventTypes.Test;

    public Task<InboundResult> HandleAsync(InboundEventContext context, CancellationToken cancellationToken) =>
        Task.FromResult(InboundResult.Accepted(new { echo = context.Event.Data, effect = "none: a test event changes nothing." }));
}

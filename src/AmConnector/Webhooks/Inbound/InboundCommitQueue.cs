using System.Threading.Channels;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace AmConnector.Webhooks.Inbound;

/// <summary>
/// Where requests hand their verified events to the single inbound writer (ADR-015). Bounded: when
/// the writer falls behind, requests wait here for room rather than piling onto SQLite's lock.
/// </summary>
internal sealed class InboundCommitQueue(IOptions<AmConnectorOptions> options)
{
    private readonly Channel<InboundSubmission> channel = Channel.CreateBounded<InboundSubmission>(
        new BoundedChannelOptions(options.Value.SupplierWebhooks.QueueCapacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    public ChannelReader<InboundSubmission> Reader => channel.Reader;

    /// <summary>Queues the event and waits for its answer, given only after its batch committed (accepted means durable).</summary>
    public async Task<IResult> SubmitAsync(InboundSubmission submission, CancellationToken cancellationToken)
    {
        await channel.Writer.WriteAsync(submission, cancellationToken);
        // Once queued the event is the writer's: a sender that hangs up does not undo it, and a
        // retry finds it by its ids. The answer is awaited without the request's token for that reason.
        return await submission.Answer;
    }

    public void Complete() => channel.Writer.TryComplete();
}

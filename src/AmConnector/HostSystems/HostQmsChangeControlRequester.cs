using AmConnector.ChangeNotices;
using AmConnector.Data;

namespace AmConnector.HostSystems;

/// <summary>
/// A decision's <c>OpenHostChangeControl</c> action: a durable job for the host QMS, committed with
/// the decision; the worker opens the record and writes its reference back onto the notice. Where no
/// host QMS is configured, the action is recorded as chosen and QA opens the record by hand.
/// </summary>
internal sealed class HostQmsChangeControlRequester(HostQmsJobWriter writer) : IHostChangeControlRequester
{
    public Task<HostChangeControlResult> RequestAsync(AmConnectorDbContext db, ChangeNotice notice, CancellationToken cancellationToken)
    {
        writer.RequestChangeControl(db, notice);
        return Task.FromResult(HostChangeControlResult.Requested());
    }
}

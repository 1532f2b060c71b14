using AmConnector.Data;

namespace AmConnector.ChangeNotices;

/// <summary>
/// The stand-in when no host QMS is wired in: the decision records the action as chosen, and no
/// reference; QA opens the change control in the QMS by hand.
/// </summary>
internal sealed class NoHostChangeControl : IHostChangeControlRequester
{
    public Task<HostChangeControlResult> RequestAsync(AmConnectorDbContext db, ChangeNotice notice, CancellationToken cancellationToken) =>
        Task.FromResult(HostChangeControlResult.Requested());
}

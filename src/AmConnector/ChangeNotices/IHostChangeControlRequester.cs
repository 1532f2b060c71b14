using AmConnector.Data;

namespace AmConnector.ChangeNotices;

/// <summary>
/// Opens a change-control record in the host QMS for a decided notice (domain.md §5.5, action
/// <see cref="NoticeAction.OpenHostChangeControl"/>). Called inside the decision, before its one
/// SaveChanges: an implementation adds what it needs (e.g. a job for the host QMS writer) to
/// <c>db</c>'s change set and must not save; a failure rolls the whole decision back.
/// </summary>
/// <remarks>Implemented by <c>HostSystems.HostQmsChangeControlRequester</c>; a host may replace it.</remarks>
internal interface IHostChangeControlRequester
{
    Task<HostChangeControlResult> RequestAsync(AmConnectorDbContext db, ChangeNotice notice, CancellationToken cancellationToken);
}

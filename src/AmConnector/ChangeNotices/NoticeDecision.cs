namespace AmConnector.ChangeNotices;

/// <summary>
/// QA's decision as asked for (the <c>Decide</c> action's parameters, unchecked): <c>Decision</c> is
/// Accepted, AcceptedWithActions or Rejected; <c>Actions</c> names <see cref="NoticeAction"/>s.
/// </summary>
internal sealed record NoticeDecision(string? Decision, string? Impact, IReadOnlyList<string> Actions, string? Reason);

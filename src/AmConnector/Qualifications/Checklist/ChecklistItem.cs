namespace AmConnector.Qualifications.Checklist;

/// <summary>One activity of the tier-driven checklist (domain.md §5.1) with the lowest tier that needs it.</summary>
/// <param name="Kind">The activity.</param>
/// <param name="FromTier">The lowest USP &lt;1043&gt; tier that requires it; every higher tier requires it too.</param>
/// <param name="Description">What QA must show to close it, for the checklist and its reviewers.</param>
internal sealed record ChecklistItem(QualificationActivityKind Kind, int FromTier, string Description);

namespace AmConnector.Client.Receiving.Events;

/// <summary>Notice lead time against what the change's level requires.</summary>
public sealed record LeadTime(int? Days, int? RequiredDays, int? ShortfallDays, bool IsShort);

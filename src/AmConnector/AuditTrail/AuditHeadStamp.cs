namespace AmConnector.AuditTrail;

/// <summary>
/// Where the committed audit chain ends: a version stamp of all audited data, since every audited
/// write moves it in its own transaction (ADR-006). The hash tells apart two chains that reached
/// the same sequence (a restored database).
/// </summary>
internal readonly record struct AuditHeadStamp(long Sequence, string Hash);

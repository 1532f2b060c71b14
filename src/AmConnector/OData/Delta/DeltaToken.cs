namespace AmConnector.OData.Delta;

/// <summary>
/// What a <c>$skiptoken</c> or <c>$deltatoken</c> carries (ADR-013): the query it belongs to, as a
/// hash, and the change-sequence window (<see cref="After"/>, <see cref="UpTo"/>]. A delta token has
/// no <see cref="UpTo"/>: the next read closes the window at the then current end of the chain.
/// </summary>
internal sealed record DeltaToken(string Query, long? After, long? UpTo);

namespace AmConnector.Lots.Usability;

/// <summary>A <c>200</c> answer to <c>Usability()</c> as OData wrote it: its content type, the OData headers it set, and its bytes.</summary>
internal sealed record UsabilityResponse(string? ContentType, IReadOnlyList<KeyValuePair<string, string>> Headers, byte[] Body);

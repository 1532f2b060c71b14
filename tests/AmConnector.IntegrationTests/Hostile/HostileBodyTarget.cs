namespace AmConnector.IntegrationTests.Hostile;

/// <summary>
/// A write endpoint and a valid body for it, which the body families break. <paramref name="Template"/>
/// gets the context and an eight-character token unique to the case (same length always, so byte
/// positions computed on a dummy context hold on the real one).
/// </summary>
internal sealed record HostileBodyTarget(
    string Label,
    string Method,
    Func<HostileContext, string> Url,
    HostileCaller Caller,
    Func<HostileContext, string, string> Template,
    string ContentType = "application/json",
    bool Signed = false,
    bool OData = true)
{
    public IReadOnlyList<KeyValuePair<string, string>> Headers { get; init; } = [];
}

namespace AmConnector.ChangeNotices;

/// <summary>
/// What a change-control request came to: requested (with the host's reference when it is known at
/// once), or failed with a reason that refuses the whole decision.
/// </summary>
internal sealed record HostChangeControlResult(bool Succeeded, string? Reference = null, string? Error = null)
{
    public static HostChangeControlResult Requested(string? reference = null) => new(true, reference);

    public static HostChangeControlResult Failed(string error) => new(false, null, error);
}

namespace AmConnector.HostSystems;

/// <summary>The wait before the next try of a job: doubling from <see cref="HostQmsOptions.FirstBackoff"/>, capped at <see cref="HostQmsOptions.MaxBackoff"/>.</summary>
internal static class HostQmsBackoff
{
    public static TimeSpan After(int attempts, HostQmsOptions options)
    {
        var doublings = Math.Clamp(attempts - 1, 0, 30);
        var wait = options.FirstBackoff * Math.Pow(2, doublings);
        return wait < options.MaxBackoff ? wait : options.MaxBackoff;
    }
}

namespace AmConnector.HostSystems;

/// <summary>What one try of a job came to, and so what becomes of the job.</summary>
internal abstract record HostQmsOutcome
{
    /// <summary>The host did it; <paramref name="Reference"/> names its record.</summary>
    public sealed record Done(string Reference, string Status) : HostQmsOutcome;

    /// <summary>The host is down, slow or busy: try again later, no sooner than <paramref name="NotBefore"/> if the host said so.</summary>
    public sealed record Retry(string Error, DateTimeOffset? NotBefore = null) : HostQmsOutcome;

    /// <summary>The host refused it for good (a 4xx other than 408 and 429); <paramref name="Error"/> holds its problem details.</summary>
    public sealed record Failed(string Error) : HostQmsOutcome;

    /// <summary>Not this job's turn yet (a release whose hold is not placed yet): not a try, no call was made.</summary>
    public sealed record Wait(DateTimeOffset Until) : HostQmsOutcome;
}

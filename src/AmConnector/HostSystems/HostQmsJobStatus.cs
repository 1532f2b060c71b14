namespace AmConnector.HostSystems;

/// <summary>
/// Pending until the host answered with success (Done) or refused it for good (Failed). A host
/// that is down never fails a job: it stays Pending with a later <see cref="HostQmsJob.NextAttemptAt"/>.
/// </summary>
public enum HostQmsJobStatus
{
    Pending,
    Done,
    Failed,
}

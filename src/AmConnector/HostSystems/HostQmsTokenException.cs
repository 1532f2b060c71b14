namespace AmConnector.HostSystems;

/// <summary>No token for the host QMS. The job waits and tries again: a wrong secret is fixed in configuration, and the jobs then go through.</summary>
internal sealed class HostQmsTokenException(string message, int? statusCode = null) : Exception(message)
{
    public int? StatusCode { get; } = statusCode;
}

namespace AmConnector.Security.Authorization;

/// <summary>
/// Marks an endpoint as AmConnector's, so that AmConnector's problem-details answers to 401/403
/// and its rate limit apply to it and not to the host's own endpoints.
/// </summary>
internal sealed class AmConnectorEndpointMetadata
{
    public static AmConnectorEndpointMetadata Instance { get; } = new();
}

namespace AmConnector.Client.Authentication;

/// <summary>
/// The token endpoint refused the client credentials or answered without a token. The message names
/// the OAuth error code, never a secret. A Refit call surfaces it as the inner exception of Refit's <c>ApiRequestException</c>.
/// </summary>
public sealed class AmConnectorTokenException : Exception
{
    public AmConnectorTokenException()
    {
    }

    public AmConnectorTokenException(string message)
        : base(message)
    {
    }

    public AmConnectorTokenException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public AmConnectorTokenException(string message, int statusCode)
        : base(message) => StatusCode = statusCode;

    /// <summary>The token endpoint's HTTP status, when it answered.</summary>
    public int? StatusCode { get; }
}

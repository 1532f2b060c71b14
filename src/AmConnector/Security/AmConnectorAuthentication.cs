namespace AmConnector.Security;

/// <summary>Authentication scheme names.</summary>
public static class AmConnectorAuthentication
{
    /// <summary>
    /// The scheme every AmConnector policy uses: it forwards to the API-key handler when a key is
    /// presented, and to bearer-token validation otherwise.
    /// </summary>
    public const string Scheme = "AmConnector";

    public const string ApiKeyScheme = "AmConnector.ApiKey";

    /// <summary>Bearer tokens: the configured validator's answer, remembered until the token expires.</summary>
    public const string BearerScheme = "AmConnector.Bearer";

    /// <summary>JWT bearer validation against an external authority.</summary>
    public const string ExternalBearerScheme = "AmConnector.ExternalBearer";

    /// <summary>
    /// The cookie of the built-in server's login page (<c>/account/login</c>): who signed in and when.
    /// Only <c>/connect/authorize</c> reads it; no AmConnector API accepts it.
    /// </summary>
    public const string LoginScheme = "AmConnector.Login";

    public const string ApiKeyHeader = "AmConnector-Api-Key";

    /// <summary>The query parameter Power BI's and Excel's OData connector send (their <c>ApiKeyName</c>).</summary>
    public const string ApiKeyQueryParameter = "api_key";
}

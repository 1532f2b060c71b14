namespace AmConnector.Client;

/// <summary>
/// Where AmConnector is and how this caller proves who it is: client credentials (a token from
/// <c>/connect/token</c>, cached and renewed before it expires) or a read-only API key. A
/// supplier's publisher also sets <see cref="SupplierCode"/> and <see cref="SupplierWebhookSecret"/>.
/// </summary>
public sealed class AmConnectorClientOptions
{
    /// <summary>AmConnector's base address, e.g. <c>http://localhost:5080</c>.</summary>
    public Uri? BaseAddress { get; set; }

    /// <summary>The token endpoint, relative to <see cref="BaseAddress"/> unless absolute (an external authority).</summary>
    public Uri TokenEndpoint { get; set; } = new("connect/token", UriKind.Relative);

    public string? ClientId { get; set; }

    /// <summary>Sent only to the token endpoint; never logged.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>Scopes to ask for; empty asks for every scope the client is allowed.</summary>
    public IList<string> Scopes { get; } = [];

    /// <summary>A read-only key (<c>am.read</c>), sent as the <c>AmConnector-Api-Key</c> header instead of a token.</summary>
    public string? ApiKey { get; set; }

    /// <summary>A token is renewed this long before it expires, so a call never carries one that lapses on the way.</summary>
    public TimeSpan TokenRefreshMargin { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The supplier code a publisher sends events as (<c>/webhooks/suppliers/{code}/events</c>).</summary>
    public string? SupplierCode { get; set; }

    /// <summary>The <c>whsec_…</c> secret the site issued to the supplier; signs each published event, never sent.</summary>
    public string? SupplierWebhookSecret { get; set; }

    /// <summary>The CloudEvent <c>source</c> of published events; defaults to <c>urn:supplier:{code}:publisher</c>.</summary>
    public string? EventSource { get; set; }

    /// <summary>Timeout of one HTTP attempt.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);
}

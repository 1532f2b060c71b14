using Microsoft.Extensions.Time.Testing;

namespace AmConnector.IntegrationTests.Infrastructure;

/// <summary>
/// A second AmConnector on another factory's folder (so: the same signing key and database) that
/// issues tokens for another audience or under another issuer name: genuine tokens from
/// /connect/token that the first server must refuse for that one reason.
/// </summary>
public sealed class ForeignIssuerFactory(string folder, FakeTimeProvider clock, string? audience = null, Uri? issuer = null)
    : AmConnectorFactory(folder)
{
    protected override TimeProvider? Clock => clock;

    protected override bool OwnsFolder => false;

    protected override IEnumerable<KeyValuePair<string, string>> Settings =>
    [
        .. audience is null ? [] : new[] { new KeyValuePair<string, string>("AmConnector:Auth:Audience", audience) },
        .. issuer is null ? [] : new[] { new KeyValuePair<string, string>("AmConnector:Auth:Issuer", issuer.ToString()) },
    ];
}

using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using AmConnector.IntegrationTests.Infrastructure;
using AmConnector.Security;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;

namespace AmConnector.IntegrationTests.Security;

/// <summary>
/// AmConnector with <c>AmConnector:Auth:Authority</c> set: the built-in token server is off and the
/// JWTs of an external authority (here <see cref="StandInAuthority"/>) are validated instead.
/// </summary>
public sealed class ExternalAuthorityFactory : AmConnectorFactory
{
    public const string SupplierClaim = "extension_supplier";

    public StandInAuthority Authority { get; } = StandInAuthority.Start();

    protected override IEnumerable<KeyValuePair<string, string>> Settings =>
    [
        new("AmConnector:Auth:Authority", StandInAuthority.Issuer),
        new("AmConnector:Auth:Audience", StandInAuthority.DefaultAudience),
        new("AmConnector:Auth:SupplierClaim", SupplierClaim),
    ];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        // Configure, not PostConfigure: JwtBearer's own post-configure builds the backchannel
        // HttpClient and the configuration manager from this handler, and it runs before any
        // PostConfigure registered here.
        builder.ConfigureTestServices(services => services.Configure<JwtBearerOptions>(
            AmConnectorAuthentication.ExternalBearerScheme,
            options => options.BackchannelHttpHandler = Authority.BackchannelHandler));
    }

    public HttpClient CreateClientWith(string accessToken)
    {
        var client = CreateAnonymousClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return client;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Authority.DisposeAsync();
    }
}

public sealed class ExternalAuthorityTests(ExternalAuthorityFactory factory) : IClassFixture<ExternalAuthorityFactory>
{
    private static readonly object NewSupplier = new { Code = "EXT1", Name = "x", Country = "DE" };

    private StandInAuthority Authority => factory.Authority;

    [Fact]
    public async Task A_token_of_the_external_authority_with_scp_reads_lots()
    {
        using var client = factory.CreateClientWith(Authority.Issue("ext-reader", "am.read"));

        var response = await client.GetAsync("/odata/Lots?$top=1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single((await response.ReadJsonAsync()).Values());
    }

    [Fact]
    public async Task Scopes_in_the_rfc_9068_scope_claim_are_read_space_separated()
    {
        using var client = factory.CreateClientWith(Authority.Issue("ext-rfc9068", "am.read am.write", claimForScopes: "scope"));

        var read = await client.GetAsync("/odata/Lots?$top=1");

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
    }

    [Fact]
    public async Task A_token_with_am_read_only_may_not_create_a_supplier()
    {
        using var client = factory.CreateClientWith(Authority.Issue("ext-read-only", "am.read", claimForScopes: "scope"));

        var response = await client.PostAsJsonAsync("/odata/Suppliers", NewSupplier);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_token_with_am_write_in_the_scope_claim_gets_past_authorisation()
    {
        using var client = factory.CreateClientWith(Authority.Issue("ext-writer", "am.read am.write", claimForScopes: "scope"));

        var response = await client.PostAsJsonAsync("/odata/Suppliers", NewSupplier);

        Assert.NotEqual(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.NotEqual(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task A_token_signed_by_a_key_not_in_the_jwks_is_a_401()
    {
        using var rsa = RSA.Create(2048);
        var forged = new RsaSecurityKey(rsa) { KeyId = Authority.KeyId };

        await AssertRejectedAsync(Authority.Issue("ext-forger", "am.read", signingKey: forged));
    }

    [Fact]
    public async Task A_token_signed_by_an_unknown_key_id_is_a_401()
    {
        using var rsa = RSA.Create(2048);
        var unknown = new RsaSecurityKey(rsa) { KeyId = "not-in-the-jwks" };

        await AssertRejectedAsync(Authority.Issue("ext-forger", "am.read", signingKey: unknown));
    }

    [Fact]
    public async Task A_token_for_another_audience_is_a_401() =>
        await AssertRejectedAsync(Authority.Issue("ext-reader", "am.read", audience: "api://someone-else"));

    [Fact]
    public async Task A_token_from_another_issuer_is_a_401() =>
        await AssertRejectedAsync(Authority.Issue("ext-reader", "am.read", issuer: "https://elsewhere.test/"));

    [Fact]
    public async Task An_expired_token_is_a_401() =>
        await AssertRejectedAsync(Authority.Issue("ext-reader", "am.read", expires: DateTimeOffset.UtcNow.AddMinutes(-10)));

    [Fact]
    public async Task A_supplier_token_with_the_configured_supplier_claim_sees_only_its_own_rows()
    {
        using var supplier = factory.CreateClientWith(Authority.Issue(
            "ext-supplier-nwb", "am.read", supplier: "NWB", supplierClaim: ExternalAuthorityFactory.SupplierClaim));
        using var everyone = factory.CreateClientWith(Authority.Issue("ext-reader", "am.read"));

        var lots = await ReadAsync(supplier, "/odata/Lots?$select=SupplierCode&$top=1000", "SupplierCode");
        var suppliers = await ReadAsync(supplier, "/odata/Suppliers", "Code");
        var allLots = await ReadAsync(everyone, "/odata/Lots?$select=SupplierCode&$top=1000", "SupplierCode");

        Assert.NotEmpty(lots);
        Assert.All(lots, code => Assert.Equal("NWB", code));
        Assert.Equal(["NWB"], suppliers);
        // The demo data has other suppliers' lots: the filter, not the data, kept them out.
        Assert.Contains(allLots, code => code != "NWB");
    }

    [Fact]
    public async Task The_supplier_claim_is_read_under_its_configured_name_only()
    {
        // The default claim name is not the configured one here, so this token is not supplier-scoped.
        using var client = factory.CreateClientWith(Authority.Issue("ext-plain-supplier", "am.read", supplier: "NWB", supplierClaim: "supplier"));

        var suppliers = await ReadAsync(client, "/odata/Suppliers", "Code");

        Assert.Contains("HLX", suppliers);
    }

    [Fact]
    public async Task The_built_in_token_server_does_not_issue_tokens()
    {
        using var response = await factory.RequestTokenResponseAsync(TestClients.Reader, TestClients.Secret, "am.read");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("access_token", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_built_in_discovery_document_is_not_served()
    {
        using var client = factory.CreateAnonymousClient();

        var response = await client.GetAsync("/.well-known/openid-configuration");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task AssertRejectedAsync(string token)
    {
        using var client = factory.CreateClientWith(token);

        var response = await client.GetAsync("/odata/Lots?$top=1");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.NotEmpty(response.Headers.WwwAuthenticate);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.ReadJsonAsync();
        Assert.Equal(401, problem.GetProperty("status").GetInt32());
    }

    private static async Task<IReadOnlyList<string?>> ReadAsync(HttpClient client, string url, string property)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return [.. (await response.ReadJsonAsync()).Values().Select(v => v.GetProperty(property).GetString())];
    }
}

using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using AmConnector.IntegrationTests.Infrastructure;
using AmConnector.Security;
using AmConnector.Security.TokenServer;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.EntityFrameworkCore.Models;

namespace AmConnector.IntegrationTests.Security;

/// <summary>
/// The built-in token server: RFC 9068 access tokens, discovery and JWKS, its refusals, hashed
/// client secrets, the demo clients, and keys and clients that persist across a restart.
/// </summary>
public sealed class TokenServerTests(AmConnectorFactory factory) : IClassFixture<AmConnectorFactory>
{
    private const string SigningKeyFile = "token-signing-key.pem";

    /// <summary>The demo clients with a secret (client credentials); qa-app is public and signs people in.</summary>
    public static TheoryData<string> DemoClientIds => [.. DemoClients.All.Where(c => !c.Public).Select(c => c.ClientId)];

    [Fact]
    public async Task The_access_token_is_a_signed_rfc_9068_jwt_not_an_encrypted_one()
    {
        var raw = await TokenOfAsync(TestClients.Reader, TestClients.Secret);
        var token = new JsonWebToken(raw);

        Assert.Equal(3, raw.Split('.').Length);
        Assert.False(token.IsEncrypted);
        Assert.Equal("at+jwt", token.Typ);
        Assert.Equal(SecurityAlgorithms.RsaSha256, token.Alg);
        Assert.False(string.IsNullOrEmpty(token.Kid));
    }

    [Fact]
    public async Task The_access_token_names_audience_issuer_expiry_and_client()
    {
        var token = new JsonWebToken(await TokenOfAsync(TestClients.Reader, TestClients.Secret));

        Assert.Equal(["amconnector"], token.Audiences);
        Assert.Equal("https://localhost/", token.Issuer);
        Assert.Equal(TimeSpan.FromHours(1), token.ValidTo - token.IssuedAt);
        Assert.Equal(TestClients.Reader, token.GetPayloadValue<string>("client_id"));
        Assert.Equal(TestClients.Reader, token.Subject);
    }

    [Fact]
    public async Task The_scope_claim_is_the_requested_scopes_space_separated()
    {
        var token = new JsonWebToken(await TokenOfAsync(TestClients.Qa, TestClients.Secret, $"{Scopes.Read} {Scopes.AssessNotices}"));

        Assert.Equal([Scopes.Read, Scopes.AssessNotices], ScopesOf(token));
    }

    [Fact]
    public async Task Without_a_requested_scope_the_token_carries_every_scope_the_client_is_permitted()
    {
        var token = new JsonWebToken(await TokenOfAsync(TestClients.Qa, TestClients.Secret));

        Assert.Equal(new[] { Scopes.Read, Scopes.Write, Scopes.AssessNotices, Scopes.ReadAudit }.Order(StringComparer.Ordinal), ScopesOf(token));
    }

    [Fact]
    public async Task A_supplier_clients_token_carries_its_supplier_code()
    {
        var token = new JsonWebToken(await TokenOfAsync(TestClients.SupplierNwb, TestClients.Secret));

        Assert.Equal("NWB", token.GetPayloadValue<string>("supplier"));
    }

    [Fact]
    public async Task A_non_supplier_clients_token_has_no_supplier_claim()
    {
        var token = new JsonWebToken(await TokenOfAsync(TestClients.Qa, TestClients.Secret));

        Assert.False(token.TryGetPayloadValue<string>("supplier", out _));
    }

    [Fact]
    public async Task Discovery_lists_the_token_endpoint_the_client_credentials_grant_and_every_scope()
    {
        var discovery = await DiscoveryAsync();

        Assert.EndsWith("/connect/token", discovery.GetProperty("token_endpoint").GetString(), StringComparison.Ordinal);
        Assert.Contains("client_credentials", Strings(discovery.GetProperty("grant_types_supported")));
        Assert.Superset(Scopes.All.ToHashSet(), Strings(discovery.GetProperty("scopes_supported")).ToHashSet());
        Assert.Equal(7, Scopes.All.Count);
    }

    [Fact]
    public async Task The_signature_verifies_with_the_key_published_at_the_discovered_jwks_endpoint()
    {
        var raw = await TokenOfAsync(TestClients.Reader, TestClients.Secret);
        var discovery = await DiscoveryAsync();
        using var client = factory.CreateAnonymousClient();
        var jwks = new JsonWebKeySet(await client.GetStringAsync(new Uri(discovery.GetProperty("jwks_uri").GetString()!)));

        var result = await new JsonWebTokenHandler().ValidateTokenAsync(raw, new TokenValidationParameters
        {
            IssuerSigningKeys = jwks.GetSigningKeys(),
            ValidIssuer = discovery.GetProperty("issuer").GetString(),
            ValidAudience = "amconnector",
            ValidTypes = ["at+jwt"],
            ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
        });

        Assert.True(result.IsValid, result.Exception?.Message);
        Assert.Contains(jwks.Keys, k => k.Kid == new JsonWebToken(raw).Kid);
    }

    [Fact]
    public async Task A_token_signed_by_another_key_does_not_verify_with_the_published_jwks()
    {
        // The counterpart of the test above: the JWKS check is not vacuous.
        var discovery = await DiscoveryAsync();
        using var client = factory.CreateAnonymousClient();
        var jwks = new JsonWebKeySet(await client.GetStringAsync(new Uri(discovery.GetProperty("jwks_uri").GetString()!)));
        using var rsa = System.Security.Cryptography.RSA.Create(2048);
        var forged = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = discovery.GetProperty("issuer").GetString(),
            Audience = "amconnector",
            TokenType = "at+jwt",
            Claims = new Dictionary<string, object> { ["client_id"] = TestClients.Reader },
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(rsa) { KeyId = jwks.Keys[0].Kid }, SecurityAlgorithms.RsaSha256),
        });

        var result = await new JsonWebTokenHandler().ValidateTokenAsync(forged, new TokenValidationParameters
        {
            IssuerSigningKeys = jwks.GetSigningKeys(),
            ValidIssuer = discovery.GetProperty("issuer").GetString(),
            ValidAudience = "amconnector",
        });

        Assert.False(result.IsValid);
    }

    [Fact]
    public async Task A_scope_the_client_is_not_permitted_is_invalid_scope()
    {
        using var response = await factory.RequestTokenResponseAsync(TestClients.Reader, TestClients.Secret, Scopes.Write);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("invalid_scope", await ErrorOfAsync(response));
    }

    [Fact]
    public async Task A_wrong_secret_is_invalid_client()
    {
        using var response = await factory.RequestTokenResponseAsync(TestClients.Reader, "not-the-secret-0123456789");

        Assert.Contains(response.StatusCode, new[] { HttpStatusCode.Unauthorized, HttpStatusCode.BadRequest });
        Assert.Equal("invalid_client", await ErrorOfAsync(response));
    }

    [Fact]
    public async Task An_unknown_client_is_invalid_client()
    {
        using var response = await factory.RequestTokenResponseAsync("t-nobody", TestClients.Secret);

        Assert.Contains(response.StatusCode, new[] { HttpStatusCode.Unauthorized, HttpStatusCode.BadRequest });
        Assert.Equal("invalid_client", await ErrorOfAsync(response));
    }

    [Fact]
    public async Task Client_secrets_are_stored_hashed()
    {
        await using var scope = factory.Scope(out var db);

        var stored = await db.Set<OpenIddictEntityFrameworkCoreApplication>().Where(a => a.ClientId == TestClients.Reader).Select(a => a.ClientSecret).SingleAsync();

        Assert.False(string.IsNullOrEmpty(stored));
        Assert.DoesNotContain(TestClients.Secret, stored, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(DemoClientIds))]
    public async Task Every_demo_client_gets_a_token_with_exactly_its_scopes_and_supplier(string clientId)
    {
        var demo = DemoClients.All.Single(c => c.ClientId == clientId);

        var token = new JsonWebToken(await TokenOfAsync(clientId, DemoClients.SecretOf(clientId)));

        Assert.Equal(demo.Scopes.Order(StringComparer.Ordinal), ScopesOf(token));
        Assert.Equal(clientId, token.GetPayloadValue<string>("client_id"));
        Assert.Equal(demo.Supplier, token.TryGetPayloadValue<string>("supplier", out var supplier) ? supplier : null);
    }

    [Fact]
    public async Task The_demo_supplier_nwb_token_carries_supplier_NWB()
    {
        var token = new JsonWebToken(await TokenOfAsync("supplier-nwb", DemoClients.SecretOf("supplier-nwb")));

        Assert.Equal("NWB", token.GetPayloadValue<string>("supplier"));
    }

    [Fact]
    public async Task Tokens_survive_a_restart_on_the_same_data_folder()
    {
        var folder = Directory.CreateTempSubdirectory("amconnector-restart-").FullName;
        try
        {
            string token;
            await using (var first = new SameFolderFactory(folder))
            {
                token = await first.TokenAsync(TestClients.Reader);
            }

            var keyFile = Path.Combine(folder, SigningKeyFile);
            Assert.True(File.Exists(keyFile), $"{SigningKeyFile} is kept in the key folder");
            if (!OperatingSystem.IsWindows())
            {
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(keyFile));
            }

            await using var second = new SameFolderFactory(folder);
            using var client = second.CreateAnonymousClient();
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

            var response = await client.GetAsync(new Uri("/odata/Lots?$top=1", UriKind.Relative));

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        finally
        {
            Delete(folder);
        }
    }

    [Fact]
    public async Task A_second_start_seeds_no_client_twice_and_does_not_rehash_secrets()
    {
        var folder = Directory.CreateTempSubdirectory("amconnector-reseed-").FullName;
        try
        {
            (int Count, string? ReaderSecret) before, after;
            await using (var first = new SameFolderFactory(folder))
            {
                before = await ApplicationsAsync(first);
            }

            await using (var second = new SameFolderFactory(folder))
            {
                after = await ApplicationsAsync(second);
            }

            Assert.Equal(TestClients.All.Count + DemoClients.All.Count, before.Count);
            Assert.Equal(before.Count, after.Count);
            Assert.NotNull(before.ReaderSecret);
            Assert.Equal(before.ReaderSecret, after.ReaderSecret);
        }
        finally
        {
            Delete(folder);
        }
    }

    private async Task<string> TokenOfAsync(string clientId, string secret, string? scope = null)
    {
        using var response = await factory.RequestTokenResponseAsync(clientId, secret, scope);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"/connect/token refused {clientId}: {(int)response.StatusCode} {body}");
        using var json = JsonDocument.Parse(body);
        return json.RootElement.GetProperty("access_token").GetString()!;
    }

    private static string[] ScopesOf(JsonWebToken token) =>
        [.. token.GetPayloadValue<string>("scope").Split(' ').Order(StringComparer.Ordinal)];

    private async Task<JsonElement> DiscoveryAsync()
    {
        using var client = factory.CreateAnonymousClient();
        using var response = await client.GetAsync(new Uri("/.well-known/openid-configuration", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.ReadJsonAsync();
    }

    private static IEnumerable<string> Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!);

    private static async Task<string?> ErrorOfAsync(HttpResponseMessage response) =>
        (await response.ReadJsonAsync()).GetProperty("error").GetString();

    private static async Task<(int Count, string? ReaderSecret)> ApplicationsAsync(AmConnectorFactory factory)
    {
        await using var scope = factory.Scope(out var db);
        var applications = db.Set<OpenIddictEntityFrameworkCoreApplication>();
        return (await applications.CountAsync(),
            await applications.Where(a => a.ClientId == TestClients.Reader).Select(a => a.ClientSecret).SingleAsync());
    }

    private static void Delete(string folder)
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on a slow CI machine: the temp folder is cleaned by the OS.
        }
    }

    /// <summary>A server on a folder the test owns, so one can stop and another start on the same data and keys.</summary>
    private sealed class SameFolderFactory(string folder) : AmConnectorFactory(folder)
    {
        protected override bool OwnsFolder => false;
    }
}

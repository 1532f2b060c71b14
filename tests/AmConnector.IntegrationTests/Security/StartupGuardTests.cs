using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using AmConnector.IntegrationTests.Infrastructure;
using AmConnector.Security;
using AmConnector.Security.SignIn;
using AmConnector.Security.TokenServer;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace AmConnector.IntegrationTests.Security;

/// <summary>
/// Outside Development the server refuses to start with the demo clients, without a signing
/// certificate, or with a client that uses a published demo secret, and names the setting to fix;
/// with a certificate it starts and signs with it.
/// </summary>
public sealed class StartupGuardTests
{
    private const string CertificatePassword = "pfx-password-for-the-test";

    [Fact]
    public void Production_with_the_demo_seed_on_does_not_start()
    {
        using var factory = new ProductionFactory(seedDemo: true);

        Assert.Contains("AmConnector:Demo:Seed", StartFailure(factory), StringComparison.Ordinal);
    }

    [Fact]
    public void Production_without_a_signing_certificate_does_not_start()
    {
        using var factory = new ProductionFactory(seedDemo: false);

        Assert.Contains("AmConnector:Auth:SigningCertificate:Path", StartFailure(factory), StringComparison.Ordinal);
    }

    [Fact]
    public void Production_with_a_client_using_a_published_demo_secret_does_not_start()
    {
        using var factory = new ProductionFactory(seedDemo: false);
        WithCertificate(factory);
        var index = TestClients.All.Count;
        factory.Extra[$"AmConnector:Auth:Clients:{index}:ClientId"] = "lims-production";
        factory.Extra[$"AmConnector:Auth:Clients:{index}:Secret"] = DemoClients.SecretOf("lims-demo");
        factory.Extra[$"AmConnector:Auth:Clients:{index}:Scopes:0"] = Scopes.Read;

        var failure = StartFailure(factory);

        Assert.Equal(16, DemoClients.SecretOf("lims-demo").Length);
        Assert.Contains($"AmConnector:Auth:Clients:{index}:Secret", failure, StringComparison.Ordinal);
        Assert.DoesNotContain("AmConnector:Auth:SigningCertificate", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Production_with_a_user_holding_a_published_demo_password_does_not_start()
    {
        using var factory = new ProductionFactory(seedDemo: false);
        WithCertificate(factory);
        factory.Extra["AmConnector:Auth:Users:0:Username"] = "qa.reviewer";
        factory.Extra["AmConnector:Auth:Users:0:PasswordHash"] = new PasswordHasher<object>().HashPassword(new object(), DemoUsers.PasswordOf("qa.reviewer"));

        var failure = StartFailure(factory);

        Assert.Contains("AmConnector:Auth:Users:0:PasswordHash", failure, StringComparison.Ordinal);
        Assert.DoesNotContain("AmConnector:Auth:SigningCertificate", failure, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("plain-text-password")]
    [InlineData("AQAAAA==")]
    public void A_user_whose_password_hash_is_not_a_v3_hash_does_not_start(string hash)
    {
        using var factory = new ProductionFactory(seedDemo: false);
        WithCertificate(factory);
        factory.Extra["AmConnector:Auth:Users:0:Username"] = "qa.someone";
        factory.Extra["AmConnector:Auth:Users:0:PasswordHash"] = hash;

        Assert.Contains("AmConnector:Auth:Users:0:PasswordHash", StartFailure(factory), StringComparison.Ordinal);
    }

    [Fact]
    public void A_public_client_with_a_secret_or_without_a_redirect_uri_does_not_start()
    {
        using var factory = new ProductionFactory(seedDemo: false);
        WithCertificate(factory);
        var index = TestClients.All.Count;
        factory.Extra[$"AmConnector:Auth:Clients:{index}:ClientId"] = "qa-app-production";
        factory.Extra[$"AmConnector:Auth:Clients:{index}:Public"] = "true";
        factory.Extra[$"AmConnector:Auth:Clients:{index}:Secret"] = "a-secret-a-public-client-cannot-keep";

        var failure = StartFailure(factory);

        Assert.Contains($"AmConnector:Auth:Clients:{index}:Secret", failure, StringComparison.Ordinal);
        Assert.Contains($"AmConnector:Auth:Clients:{index}:RedirectUris", failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Production_with_a_signing_certificate_starts_and_signs_tokens_with_it()
    {
        using var factory = new ProductionFactory(seedDemo: false);
        using var certificate = WithCertificate(factory);

        var raw = await factory.TokenAsync(TestClients.Reader);
        using var client = factory.CreateAnonymousClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", raw);
        var lots = await client.GetAsync(new Uri("/odata/Lots?$top=1", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, lots.StatusCode);
        Assert.Equal(Uri.UriSchemeHttps, AmConnectorFactory.BaseAddress.Scheme);
        var token = new JsonWebToken(raw);
        Assert.Equal(certificate.Thumbprint, token.Kid, ignoreCase: true);
        if (token.TryGetHeaderValue<string>("x5t", out var x5t))
        {
            Assert.Equal(Base64UrlEncoder.Encode(certificate.GetCertHash()), x5t);
        }

        using var publicPart = X509CertificateLoader.LoadCertificate(certificate.Export(X509ContentType.Cert));
        var validation = await new JsonWebTokenHandler().ValidateTokenAsync(raw, new TokenValidationParameters
        {
            IssuerSigningKey = new X509SecurityKey(publicPart),
            ValidateIssuer = false,
            ValidAudience = "amconnector",
        });
        Assert.True(validation.IsValid, validation.Exception?.Message);
        Assert.False(File.Exists(Path.Combine(factory.Folder, "token-signing-key.pem")), "no key is generated outside Development");
    }

    /// <summary>What starting the server failed with: every message of the exception tree, validation failures included.</summary>
    private static string StartFailure(ProductionFactory factory)
    {
        var exception = Assert.ThrowsAny<Exception>(() => factory.CreateClient());
        return string.Join(Environment.NewLine, Messages(exception));
    }

    private static IEnumerable<string> Messages(Exception exception)
    {
        yield return exception.Message;
        if (exception is OptionsValidationException validation)
        {
            foreach (var failure in validation.Failures)
            {
                yield return failure;
            }
        }

        var inner = exception is AggregateException aggregate ? aggregate.InnerExceptions : exception.InnerException is { } one ? [one] : [];
        foreach (var message in inner.SelectMany(Messages))
        {
            yield return message;
        }
    }

    /// <summary>A self-signed RSA signing certificate as a password-protected PFX in the factory's folder, configured.</summary>
    private static X509Certificate2 WithCertificate(ProductionFactory factory)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=AmConnector test token signing", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment, critical: true));
        var now = DateTimeOffset.UtcNow;
        var certificate = request.CreateSelfSigned(now.AddDays(-1), now.AddYears(1));
        var path = Path.Combine(factory.Folder, "token-signing.pfx");
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, CertificatePassword));
        factory.Extra["AmConnector:Auth:SigningCertificate:Path"] = path;
        factory.Extra["AmConnector:Auth:SigningCertificate:Password"] = CertificatePassword;
        return certificate;
    }

    /// <summary>The server in the Production environment, with settings a test adds before it starts.</summary>
    private sealed class ProductionFactory(bool seedDemo) : AmConnectorFactory
    {
        public Dictionary<string, string> Extra { get; } = [];

        protected override bool SeedDemoData => seedDemo;

        protected override IEnumerable<KeyValuePair<string, string>> Settings => Extra;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            // After the base's "Testing": the later setting wins.
            builder.UseEnvironment("Production");
        }
    }
}

using System.Net;
using System.Net.Http.Headers;
using AmConnector.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using OpenIddict.Validation;

namespace AmConnector.IntegrationTests.Security;

/// <summary>
/// A bearer token is validated once and its ticket reused until the token expires (P1 in
/// docs/performance.md); an expired, forged or different token is still refused by the validator.
/// </summary>
public sealed class ValidatedTokenTests
{
    private static readonly Uri Suppliers = new("/odata/Suppliers?$select=Code&$top=1", UriKind.Relative);

    [Fact]
    public async Task The_validator_runs_once_per_token_not_once_per_request()
    {
        await using var site = new CountingValidationFactory();
        using var lims = Bearer(site, await site.TokenAsync(TestClients.Reader));
        using var qa = Bearer(site, await site.TokenAsync(TestClients.Qa));

        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await lims.GetAsync(Suppliers)).StatusCode);
        }

        Assert.Equal(1, site.Validations);
        Assert.Equal(HttpStatusCode.OK, (await qa.GetAsync(Suppliers)).StatusCode);
        Assert.Equal(2, site.Validations);
    }

    [Fact]
    public async Task A_token_accepted_before_is_refused_once_it_has_expired()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var site = new ClockedFactory(clock);
        using var lims = Bearer(site, await site.TokenAsync(TestClients.Reader));
        Assert.Equal(HttpStatusCode.OK, (await lims.GetAsync(Suppliers)).StatusCode);

        clock.Advance(TimeSpan.FromHours(2));
        using var expired = await lims.GetAsync(Suppliers);

        Assert.Equal(HttpStatusCode.Unauthorized, expired.StatusCode);
        // The validator's own answer, not a cached one.
        Assert.Contains("invalid_token", expired.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_forged_token_is_refused_after_the_real_one_was_accepted()
    {
        await using var site = new AmConnectorFactory();
        var token = await site.TokenAsync(TestClients.Reader);
        using var real = Bearer(site, token);
        Assert.Equal(HttpStatusCode.OK, (await real.GetAsync(Suppliers)).StatusCode);

        var parts = token.Split('.');
        using var forged = Bearer(site, $"{parts[0]}.{parts[1]}.{(parts[2][0] == 'A' ? 'B' : 'A')}{parts[2][1..]}");

        Assert.Equal(HttpStatusCode.Unauthorized, (await forged.GetAsync(Suppliers)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await real.GetAsync(Suppliers)).StatusCode);
    }

    private static HttpClient Bearer(AmConnectorFactory site, string token)
    {
        var client = site.CreateAnonymousClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>Counts the access tokens OpenIddict's validation handles.</summary>
    private sealed class CountingValidationFactory : AmConnectorFactory
    {
        private int _validations;

        public int Validations => Volatile.Read(ref _validations);

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddOpenIddict().AddValidation(validation =>
                validation.AddEventHandler<OpenIddictValidationEvents.ValidateTokenContext>(handler => handler
                    .UseInlineHandler(_ =>
                    {
                        Interlocked.Increment(ref _validations);
                        return default;
                    })
                    .SetOrder(int.MinValue))));
        }
    }
}

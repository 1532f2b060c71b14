using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using AmConnector.IntegrationTests.Infrastructure;
using AmConnector.Security;

namespace AmConnector.IntegrationTests.Security;

/// <summary>
/// AmConnector with a bucket of 3 requests per client that refills one token an hour, so a test
/// drains it in a few requests and it never refills while the test runs.
/// </summary>
public sealed class RateLimitFactory : AmConnectorFactory
{
    public const int Burst = 3;

    // Applied after the base factory's TokenLimit of 100000, so these win.
    protected override IEnumerable<KeyValuePair<string, string>> Settings =>
    [
        new("AmConnector:Auth:RateLimit:TokenLimit", Burst.ToString(CultureInfo.InvariantCulture)),
        new("AmConnector:Auth:RateLimit:TokensPerPeriod", "1"),
        new("AmConnector:Auth:RateLimit:ReplenishmentPeriod", "01:00:00"),
    ];
}

/// <summary>
/// One token bucket per authenticated client (or API key). The buckets live as long as the fixture's
/// server, so each test drains the bucket of a client no other test in this class uses.
/// </summary>
public sealed class RateLimitTests(RateLimitFactory factory) : IClassFixture<RateLimitFactory>
{
    private const string Lots = "/odata/Lots?$top=1";

    [Fact]
    public async Task A_client_that_has_spent_its_burst_gets_429_with_retry_after_as_a_problem()
    {
        using var reader = factory.CreateClientFor(TestClients.Reader);

        var served = await SendAsync(reader, Lots, RateLimitFactory.Burst);
        var refused = await reader.GetAsync(Lots);

        Assert.All(served, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.TryGetValues("Retry-After", out var values), "no Retry-After header");
        var retryAfter = Assert.Single(values);
        Assert.True(int.TryParse(retryAfter, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds), $"Retry-After '{retryAfter}' is not delta-seconds");
        Assert.InRange(seconds, 1, 3600);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Equal(429, (await refused.ReadJsonAsync()).GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task Another_client_is_still_served_when_one_has_spent_its_burst()
    {
        using var greedy = factory.CreateClientFor(TestClients.OnlyScope(Scopes.Read));
        using var qa = factory.CreateClientFor(TestClients.Qa);

        await SendAsync(greedy, Lots, RateLimitFactory.Burst);
        var greedyRefused = await greedy.GetAsync(Lots);
        var qaServed = await qa.GetAsync(Lots);

        Assert.Equal(HttpStatusCode.TooManyRequests, greedyRefused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, qaServed.StatusCode);
    }

    [Fact]
    public async Task Health_endpoints_are_never_limited_not_even_for_a_client_that_has_spent_its_burst()
    {
        using var client = factory.CreateClientFor(TestClients.SupplierNwb);
        using var anonymous = factory.CreateAnonymousClient();
        await SendAsync(client, Lots, RateLimitFactory.Burst);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.GetAsync(Lots)).StatusCode);

        var probes = new List<HttpResponseMessage>();
        foreach (var path in new[] { "/health/live", "/health/ready" })
        {
            probes.AddRange(await SendAsync(client, path, RateLimitFactory.Burst * 3));
            probes.AddRange(await SendAsync(anonymous, path, RateLimitFactory.Burst * 3));
        }

        Assert.All(probes, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
    }

    [Fact]
    public async Task An_api_key_has_its_own_bucket_apart_from_the_client_that_created_it()
    {
        using var admin = factory.CreateClientFor(TestClients.OnlyScope(Scopes.ManageClients));
        var created = await admin.PostAsJsonAsync("/api/clients/api-keys", new { name = "rate-limited BI key" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        using var keyed = factory.CreateAnonymousClient();
        keyed.DefaultRequestHeaders.Add(AmConnectorAuthentication.ApiKeyHeader, (await created.ReadJsonAsync()).GetProperty("key").GetString());

        var served = await SendAsync(keyed, Lots, RateLimitFactory.Burst);
        var refused = await keyed.GetAsync(Lots);
        var adminServed = await admin.GetAsync("/api/clients/api-keys");

        Assert.All(served, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, adminServed.StatusCode);
    }

    private static async Task<List<HttpResponseMessage>> SendAsync(HttpClient client, string path, int times)
    {
        var responses = new List<HttpResponseMessage>();
        for (var i = 0; i < times; i++)
        {
            responses.Add(await client.GetAsync(path));
        }

        return responses;
    }
}

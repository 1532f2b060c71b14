using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;
using AmConnector.Client.Authentication;
using AmConnector.Client.Lims;
using AmConnector.Client.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace AmConnector.Client.Tests.Authentication;

/// <summary>The SDK gets its own token from /connect/token, reuses it, and never sends the secret anywhere else.</summary>
public sealed class TokenTests(ServerFactory server) : IClassFixture<ServerFactory>
{
    [Fact]
    public async Task One_token_request_serves_several_calls()
    {
        var requests = new ConcurrentQueue<HttpRequestMessage>();
        await using var sdk = server.Sdk(
            o => (o.ClientId, o.ClientSecret) = (TestClients.Lims, TestClients.Secret),
            inner => new CountingHandler(inner, requests));
        var lims = sdk.GetRequiredService<ILimsApi>();

        for (var i = 0; i < 3; i++)
        {
            Assert.NotEmpty(await lims.GetLotsOfMaterialAsync("HLX", "HX-IL2-22M"));
        }

        // Another ILimsApi (transient) shares the cached token too.
        await sdk.GetRequiredService<ILimsApi>().GetLotsOfMaterialAsync("HLX", "HX-IL2-22M");

        Assert.Single(requests, r => r.RequestUri!.AbsolutePath == "/connect/token");
        var calls = requests.Where(r => r.RequestUri!.AbsolutePath.StartsWith("/odata", StringComparison.Ordinal)).ToList();
        Assert.Equal(4, calls.Count);
        Assert.All(calls, c => Assert.Equal("Bearer", c.Headers.Authorization?.Scheme));
        Assert.Single(calls.Select(c => c.Headers.Authorization!.Parameter).Distinct());
    }

    [Fact]
    public async Task A_wrong_secret_fails_with_the_OAuth_error_code_and_not_the_secret()
    {
        await using var sdk = server.Sdk(o => (o.ClientId, o.ClientSecret) = (TestClients.Lims, "not-the-secret-0123"));

        // Refit wraps what a handler throws in its ApiRequestException.
        var thrown = await Assert.ThrowsAsync<Refit.ApiRequestException>(() => sdk.GetRequiredService<ILimsApi>().GetLotsOfMaterialAsync("HLX", "HX-IL2-22M"));
        var error = Assert.IsType<AmConnectorTokenException>(thrown.InnerException);
        Assert.Equal(401, error.StatusCode);

        Assert.Contains("invalid_client", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("not-the-secret", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_token_is_renewed_once_the_refresh_margin_is_reached()
    {
        var requests = new ConcurrentQueue<HttpRequestMessage>();
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var sdk = server.Sdk(
            o => (o.ClientId, o.ClientSecret, o.TokenRefreshMargin) = (TestClients.Lims, TestClients.Secret, TimeSpan.FromMinutes(1)),
            inner => new CountingHandler(inner, requests), clock);
        var lims = sdk.GetRequiredService<ILimsApi>();

        await lims.GetLotsOfMaterialAsync("HLX", "HX-IL2-22M");
        // The server's tokens live an hour by default: 58 minutes on, still the same token; 60 minutes on, a new one.
        clock.Advance(TimeSpan.FromMinutes(58));
        await lims.GetLotsOfMaterialAsync("HLX", "HX-IL2-22M");
        Assert.Single(requests, r => r.RequestUri!.AbsolutePath == "/connect/token");
        clock.Advance(TimeSpan.FromMinutes(2));
        await lims.GetLotsOfMaterialAsync("HLX", "HX-IL2-22M");

        Assert.Equal(2, requests.Count(r => r.RequestUri!.AbsolutePath == "/connect/token"));
    }

    [Fact]
    public async Task An_API_key_is_sent_in_its_header_instead_of_a_token_and_reads()
    {
        using var admin = await server.RawClientAsync(TestClients.Admin);
        using var created = await admin.PostAsJsonAsync(new Uri("/api/clients/api-keys", UriKind.Relative), new { name = "SDK test feed" });
        created.EnsureSuccessStatusCode();
        var key = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString()!;
        var requests = new ConcurrentQueue<HttpRequestMessage>();
        await using var sdk = server.Sdk(o => o.ApiKey = key, inner => new CountingHandler(inner, requests));

        var lots = await sdk.GetRequiredService<ILimsApi>().GetLotsOfMaterialAsync("HLX", "HX-IL2-22M");

        Assert.NotEmpty(lots);
        var call = Assert.Single(requests);
        Assert.Equal([key], call.Headers.GetValues("AmConnector-Api-Key"));
        Assert.Null(call.Headers.Authorization);
    }
}

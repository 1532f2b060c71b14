using System.Net;
using AmConnector.HostSystems;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;

namespace AmConnector.Tests.HostSystems;

/// <summary>
/// The host client's standard resilience handler repeats a failed call only when repeating it is
/// safe: a GET, or an unsafe method that carries an Idempotency-Key. Sent through the real handler
/// to a stub that always answers 503.
/// </summary>
public sealed class HostQmsRetryPolicyTests
{
    private const int Retries = 2;

    [Theory]
    [InlineData("POST")]
    [InlineData("PUT")]
    [InlineData("PATCH")]
    [InlineData("DELETE")]
    public async Task SendAsync_UnsafeMethodWithoutIdempotencyKey_IsSentOnce(string method)
    {
        var (client, stub) = Client();

        using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), "/change-controls") { Content = new StringContent("{}") });

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(1, stub.Calls);
    }

    [Fact]
    public async Task SendAsync_PostWithIdempotencyKey_IsRetried()
    {
        var (client, stub) = Client();
        var request = new HttpRequestMessage(HttpMethod.Post, "/change-controls") { Content = new StringContent("{}") };
        request.Headers.Add(HostQmsHeaders.IdempotencyKey, "0196f3c2-7a41-7c55-9b1e-2d5f8f0a1b2c");

        using var response = await client.SendAsync(request);

        Assert.Equal(1 + Retries, stub.Calls);
        Assert.All(stub.Keys, k => Assert.Equal("0196f3c2-7a41-7c55-9b1e-2d5f8f0a1b2c", k));
    }

    [Fact]
    public async Task SendAsync_Get_IsRetried()
    {
        var (client, stub) = Client();

        using var response = await client.GetAsync(new Uri("/change-controls/CC-1", UriKind.Relative));

        Assert.Equal(1 + Retries, stub.Calls);
    }

    [Fact]
    public void MayRepeat_PostWithBlankIdempotencyKey_IsFalse()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/change-controls");
        request.Headers.TryAddWithoutValidation(HostQmsHeaders.IdempotencyKey, " ");

        Assert.False(HostQmsRetryPolicy.MayRepeat(request));
    }

    private static (HttpClient Client, Stub Stub) Client()
    {
        var stub = new Stub();
        var services = new ServiceCollection();
        services.AddHttpClient("host", c => c.BaseAddress = new Uri("http://qms.invalid"))
            .ConfigurePrimaryHttpMessageHandler(() => stub)
            .AddStandardResilienceHandler()
            .Configure(o => HostSystemsServiceCollectionExtensions.Configure(o, new HostQmsOptions { CallRetries = Retries, CallRetryDelay = TimeSpan.Zero }));
        var provider = services.BuildServiceProvider();
        return (provider.GetRequiredService<IHttpClientFactory>().CreateClient("host"), stub);
    }

    private sealed class Stub : HttpMessageHandler
    {
        public int Calls { get; private set; }

        public List<string?> Keys { get; } = [];

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Calls++;
            Keys.Add(request.Headers.TryGetValues(HostQmsHeaders.IdempotencyKey, out var keys) ? keys.Single() : null);
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.ServiceUnavailable) { RequestMessage = request });
        }
    }
}

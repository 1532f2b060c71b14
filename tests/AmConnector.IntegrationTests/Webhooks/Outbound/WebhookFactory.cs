using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AmConnector.IntegrationTests.Infrastructure;
using AmConnector.Outbox;
using AmConnector.Security;
using AmConnector.Webhooks.Outbound;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace AmConnector.IntegrationTests.Webhooks.Outbound;

/// <summary>
/// AmConnector on an empty database with a fake clock and a fake DNS, receivers allowed on
/// 127.0.0.1 (WireMock), and the hosted dispatcher off unless asked: tests drive
/// <see cref="WebhookDispatcher.RunOnceAsync"/> after moving the clock. Two factories can share a
/// folder (and so a database) to act as two instances.
/// </summary>
public sealed class WebhookFactory : AmConnectorFactory
{
    private bool _ownsFolder;
    private readonly IReadOnlyDictionary<string, string> _extra;
    private readonly Action<IServiceCollection>? _services;

    /// <param name="services">Registrations after the server's own, e.g. the telemetry tests' in-memory exporters.</param>
    public WebhookFactory(FakeTimeProvider? clock = null, IReadOnlyDictionary<string, string>? settings = null, Action<IServiceCollection>? services = null)
        : base(Directory.CreateTempSubdirectory("amconnector-webhooks-").FullName)
    {
        FakeClock = clock ?? new FakeTimeProvider(DateTimeOffset.UtcNow);
        Dns = new FakeHostResolver();
        _extra = settings ?? new Dictionary<string, string>();
        _services = services;
        _ownsFolder = true;
    }

    /// <summary>
    /// A second instance on <paramref name="first"/>'s database, clock and DNS. With
    /// <paramref name="takeOverFolder"/> it deletes the folder when disposed, and the first no longer does
    /// (a restart: the first instance is disposed before the second).
    /// </summary>
    public WebhookFactory(WebhookFactory first, IReadOnlyDictionary<string, string>? settings = null, bool takeOverFolder = false)
        : base(first.Folder)
    {
        FakeClock = first.FakeClock;
        Dns = first.Dns;
        _extra = settings ?? first._extra;
        _ownsFolder = takeOverFolder;
        if (takeOverFolder)
        {
            first._ownsFolder = false;
        }
    }

    public FakeTimeProvider FakeClock { get; }

    public FakeHostResolver Dns { get; }

    internal WebhookDispatcher Dispatcher => Services.GetRequiredService<WebhookDispatcher>();

    protected override TimeProvider? Clock => FakeClock;

    protected override bool SeedDemoData => false;

    protected override bool OwnsFolder => _ownsFolder;

    protected override IEnumerable<KeyValuePair<string, string>> Settings =>
    [
        new("AmConnector:Webhooks:AllowedPrivateHosts:0", "127.0.0.1"),
        // The longest allowed; a test that moves the clock further asks for a fresh token (FreshClientAsync).
        new("AmConnector:Auth:AccessTokenLifetime", "1.00:00:00"),
        .. _extra,
    ];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.Replace(ServiceDescriptor.Singleton<IWebhookHostResolver>(Dns)));
        if (_services is not null)
        {
            builder.ConfigureServices(_services);
        }
    }

    /// <summary>Registers an endpoint as the given client; returns its id and secret.</summary>
    public async Task<(Guid Id, string Secret)> RegisterAsync(string url, string[]? eventTypes = null, string client = "", object? extra = null)
    {
        using var http = CreateClientFor(client.Length == 0 ? TestClients.OnlyScope(Scopes.ManageWebhooks) : client);
        using var response = await http.PostAsJsonAsync("/api/webhooks/endpoints", extra ?? new { url, description = "test receiver", eventTypes = eventTypes ?? [] });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, body);
        var json = JsonDocument.Parse(body).RootElement;
        return (json.GetProperty("endpoint").GetProperty("id").GetGuid(), json.GetProperty("secret").GetString()!);
    }

    /// <summary>A client with a token issued now, on the fake clock (the cached ones expire when a test moves it days on).</summary>
    public async Task<HttpClient> FreshClientAsync(string clientId)
    {
        using var response = await RequestTokenResponseAsync(clientId, TestClients.Secret);
        var token = (await response.ReadJsonAsync()).GetProperty("access_token").GetString();
        var client = CreateAnonymousClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>Commits an outbox message as a feature would.</summary>
    public async Task<Guid> PublishAsync(string type = EventTypes.LotStatusChanged, string? supplierCode = "NWB", string? catalogueNumber = "NB-FBS-500", object? data = null)
    {
        await using var scope = Scope(out var db);
        db.Audit.SystemActor = "test";
        var message = scope.ServiceProvider.GetRequiredService<OutboxWriter>()
            .Add(db, type, $"lots/{supplierCode}/{catalogueNumber}/L-1", data ?? new { lotId = Guid.NewGuid(), status = "Released" }, supplierCode, catalogueNumber);
        await db.SaveChangesAsync();
        return message.Id;
    }

    /// <summary>A pass of this instance's dispatcher.</summary>
    public Task<int> DispatchAsync() => Dispatcher.RunOnceAsync(CancellationToken.None);
}

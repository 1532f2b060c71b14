using AmConnector.IntegrationTests.Infrastructure;
using AmConnector.Security;

namespace AmConnector.IntegrationTests.Hostile;

/// <summary>The server in-process with one client per <see cref="HostileCaller"/> (real tokens) and the cases' context, prepared once.</summary>
public sealed class HostileFactory : AmConnectorFactory
{
    private readonly Dictionary<HostileCaller, HttpClient> _clients = [];

    private readonly Lazy<Task<HostileContext>> _context;

    public HostileFactory()
    {
        Runner = new HostileRunner(Client, async cancellationToken =>
        {
            await using var scope = Scope(out var db);
            return await HostileRowCounts.ReadAsync(db, cancellationToken);
        });
        _context = new(() => Runner.PrepareAsync());
    }

    public HostileRunner Runner { get; }

    public Task<HostileContext> ContextAsync() => _context.Value;

    private HttpClient Client(HostileCaller caller)
    {
        lock (_clients)
        {
            if (!_clients.TryGetValue(caller, out var client))
            {
                client = caller switch
                {
                    HostileCaller.Anonymous => CreateAnonymousClient(),
                    HostileCaller.Reader => CreateClientFor(TestClients.Reader),
                    HostileCaller.Writer => CreateClientFor(TestClients.Qa),
                    HostileCaller.ClientsManager => CreateClientFor(TestClients.OnlyScope(Scopes.ManageClients)),
                    HostileCaller.WebhooksManager => CreateClientFor(TestClients.OnlyScope(Scopes.ManageWebhooks)),
                    _ => throw new ArgumentOutOfRangeException(nameof(caller)),
                };
                _clients[caller] = client;
            }

            return client;
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            foreach (var client in _clients.Values)
            {
                client.Dispose();
            }
        }

        base.Dispose(disposing);
    }
}

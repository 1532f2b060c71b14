using Microsoft.Extensions.DependencyInjection;

namespace AmConnector.Client;

/// <summary>What <see cref="AmConnectorClientServiceCollectionExtensions.AddAmConnectorClient"/> registered, for further configuration.</summary>
public sealed class AmConnectorClientBuilder
{
    private readonly IReadOnlyList<IHttpClientBuilder> _clients;

    internal AmConnectorClientBuilder(IServiceCollection services, IReadOnlyList<IHttpClientBuilder> clients)
    {
        Services = services;
        _clients = clients;
    }

    public IServiceCollection Services { get; }

    /// <summary>
    /// Applies <paramref name="configure"/> to every HTTP client the SDK uses (the token client included),
    /// e.g. a proxy, a certificate, or a test server's handler.
    /// </summary>
    public AmConnectorClientBuilder ConfigureHttpClients(Action<IHttpClientBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        foreach (var client in _clients)
        {
            configure(client);
        }

        return this;
    }
}

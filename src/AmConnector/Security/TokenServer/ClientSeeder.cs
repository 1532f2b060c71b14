using System.Text.Json;
using AmConnector.Security.SignIn;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace AmConnector.Security.TokenServer;

/// <summary>
/// Creates or updates the built-in server's clients from <c>AmConnector:Auth:Clients</c> (plus the
/// demo clients in demo mode) at start, after the database is migrated. A client whose settings
/// and secret already match is left untouched; OpenIddict stores secrets hashed. It also loads the
/// people who sign in (<see cref="LocalUsers"/>), so the demo users' passwords are hashed at start.
/// </summary>
internal sealed partial class ClientSeeder(IServiceScopeFactory scopes, IOptions<AmConnectorOptions> options, LocalUsers users, ILogger<ClientSeeder> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.Auth.UsesBuiltInServer)
        {
            return;
        }

        var clients = settings.Auth.Clients.Concat(settings.Demo.Seed ? DemoClients.All : []).ToList();
        await using var scope = scopes.CreateAsyncScope();
        var applications = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
        foreach (var client in clients)
        {
            await SeedAsync(applications, client, cancellationToken);
        }

        LogUsers(logger, users.Count);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task SeedAsync(IOpenIddictApplicationManager applications, ClientOptions client, CancellationToken cancellationToken)
    {
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = client.ClientId,
            ClientSecret = client.Public ? null : client.Secret,
            ClientType = client.Public ? ClientTypes.Public : ClientTypes.Confidential,
            DisplayName = client.DisplayName ?? client.ClientId,
        };
        descriptor.Permissions.Add(Permissions.Endpoints.Token);
        if (!client.Public)
        {
            descriptor.Permissions.Add(Permissions.GrantTypes.ClientCredentials);
        }

        if (client.RedirectUris.Count > 0)
        {
            // Signs people in: authorization code with PKCE (also required server-wide).
            descriptor.Permissions.UnionWith([Permissions.Endpoints.Authorization, Permissions.GrantTypes.AuthorizationCode, Permissions.ResponseTypes.Code]);
            descriptor.Requirements.Add(Requirements.Features.ProofKeyForCodeExchange);
            descriptor.RedirectUris.UnionWith(client.RedirectUris.Select(u => new Uri(u, UriKind.Absolute)));
        }

        descriptor.Permissions.UnionWith(client.Scopes.Select(s => Permissions.Prefixes.Scope + s));
        if (!string.IsNullOrEmpty(client.Supplier))
        {
            descriptor.Properties[ClientCredentialsHandler.SupplierProperty] = JsonSerializer.SerializeToElement(client.Supplier);
        }

        var existing = await applications.FindByClientIdAsync(client.ClientId, cancellationToken);
        if (existing is null)
        {
            await applications.CreateAsync(descriptor, cancellationToken);
            LogCreated(logger, client.ClientId);
            return;
        }

        if (await MatchesAsync(applications, existing, descriptor, client, cancellationToken))
        {
            return;
        }

        // The descriptor carries the plain secret: UpdateAsync hashes it again.
        await applications.UpdateAsync(existing, descriptor, cancellationToken);
        LogUpdated(logger, client.ClientId);
    }

    private static async Task<bool> MatchesAsync(
        IOpenIddictApplicationManager applications, object existing, OpenIddictApplicationDescriptor wanted, ClientOptions client, CancellationToken cancellationToken)
    {
        var permissions = await applications.GetPermissionsAsync(existing, cancellationToken);
        var properties = await applications.GetPropertiesAsync(existing, cancellationToken);
        var supplier = properties.TryGetValue(ClientCredentialsHandler.SupplierProperty, out var value) ? value.GetString() : null;
        var redirectUris = await applications.GetRedirectUrisAsync(existing, cancellationToken);
        var requirements = await applications.GetRequirementsAsync(existing, cancellationToken);
        return await applications.GetDisplayNameAsync(existing, cancellationToken) == wanted.DisplayName
            && await applications.GetClientTypeAsync(existing, cancellationToken) == wanted.ClientType
            && permissions.ToHashSet().SetEquals(wanted.Permissions)
            && requirements.ToHashSet().SetEquals(wanted.Requirements)
            && redirectUris.ToHashSet().SetEquals(wanted.RedirectUris.Select(u => u.OriginalString))
            && supplier == (string.IsNullOrEmpty(client.Supplier) ? null : client.Supplier)
            && (client.Public || await applications.ValidateClientSecretAsync(existing, client.Secret, cancellationToken));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Token server client {ClientId} created")]
    private static partial void LogCreated(ILogger logger, string clientId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Token server sign-in: {UserCount} users")]
    private static partial void LogUsers(ILogger logger, int userCount);

    [LoggerMessage(Level = LogLevel.Information, Message = "Token server client {ClientId} updated from configuration")]
    private static partial void LogUpdated(ILogger logger, string clientId);
}

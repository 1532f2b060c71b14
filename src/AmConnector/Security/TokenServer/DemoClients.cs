namespace AmConnector.Security.TokenServer;

/// <summary>
/// The demo clients (demo mode only). Their secrets are published in the README, so start-up in
/// Production refuses them. <c>qa-app</c> is public: it has no secret and signs people in.
/// </summary>
internal static class DemoClients
{
    public static IReadOnlyList<ClientOptions> All { get; } =
    [
        Client("lims-demo", "LIMS (demo)", null, Scopes.Read),
        Client("bi-demo", "BI feed (demo)", null, Scopes.Read),
        Client("qa-demo", "QA reviewer (demo)", null, Scopes.Read, Scopes.Write, Scopes.AssessNotices, Scopes.ReadAudit),
        Client("qms-host", "Host QMS (demo)", null, Scopes.Read, Scopes.ManageWebhooks),
        Client("admin-demo", "Administrator (demo)", null, Scopes.ManageClients, Scopes.ManageWebhooks, Scopes.ReadAudit),
        Client("supplier-nwb", "Northwind Bioreagents (demo)", "NWB", Scopes.PublishNotices, Scopes.Read),
        Client("supplier-hlx", "Helix Cytokines (demo)", "HLX", Scopes.PublishNotices, Scopes.Read),
        new()
        {
            // A QA application that signs people in (no secret: authorization code + PKCE).
            ClientId = "qa-app",
            DisplayName = "QA application (demo)",
            Public = true,
            RedirectUris = ["http://localhost:5080/signin-callback"],
            Scopes = [Scopes.Read, Scopes.Write, Scopes.AssessNotices, Scopes.ReadAudit],
        },
    ];

    /// <summary>Every demo secret is the client id followed by <c>-secret</c>.</summary>
    public static string SecretOf(string clientId) => clientId + "-secret";

    public static bool IsDemoSecret(string secret) => secret.Length > 0 && All.Any(c => c.Secret == secret);

    private static ClientOptions Client(string id, string name, string? supplier, params string[] scopes) => new()
    {
        ClientId = id,
        Secret = SecretOf(id),
        DisplayName = name,
        Supplier = supplier,
        Scopes = [.. scopes],
    };
}

namespace AmConnector.Client.Tests.Infrastructure;

/// <summary>The clients <see cref="ServerFactory"/> configures on the built-in token server, one secret for all.</summary>
public static class TestClients
{
    public const string Secret = "sdk-test-client-secret-0123456789";

    /// <summary>A LIMS: am.read.</summary>
    public const string Lims = "sdk-lims";

    /// <summary>Supplier NWB's system: notices.publish am.read, with the supplier claim.</summary>
    public const string SupplierNwb = "sdk-supplier-nwb";

    /// <summary>The host QMS team: am.read webhooks.manage.</summary>
    public const string Hooks = "sdk-hooks";

    /// <summary>The site's administrator: clients.manage (issues supplier webhook secrets and API keys).</summary>
    public const string Admin = "sdk-admin";

    public static IReadOnlyList<(string Id, string[] Scopes, string? Supplier)> All { get; } =
    [
        (Lims, ["am.read"], null),
        (SupplierNwb, ["notices.publish", "am.read"], "NWB"),
        (Hooks, ["am.read", "webhooks.manage"], null),
        (Admin, ["clients.manage"], null),
    ];
}

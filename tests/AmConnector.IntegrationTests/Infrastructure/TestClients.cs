using AmConnector.Security;

namespace AmConnector.IntegrationTests.Infrastructure;

/// <summary>
/// The token-server clients every test factory configures (AmConnector:Auth:Clients), so tests get
/// real tokens from /connect/token whether or not the demo data is seeded.
/// </summary>
public static class TestClients
{
    public const string Secret = "test-client-secret-0123456789";

    /// <summary>A LIMS: am.read.</summary>
    public const string Reader = "t-reader";

    /// <summary>A QA reviewer: am.read am.write notices.assess audit.read.</summary>
    public const string Qa = "t-qa";

    /// <summary>Supplier NWB's system: notices.publish am.read.</summary>
    public const string SupplierNwb = "t-supplier-nwb";

    /// <summary>Supplier HLX's system: notices.publish am.read.</summary>
    public const string SupplierHlx = "t-supplier-hlx";

    /// <summary>A supplier client that was (wrongly, or by a site's choice) also given am.write.</summary>
    public const string SupplierNwbWriter = "t-supplier-nwb-writer";

    /// <summary>Supplier NWB's auditor: am.read audit.read, so it reads the audit events of NWB's own records only.</summary>
    public const string SupplierNwbAuditor = "t-supplier-nwb-auditor";

    /// <summary>A client holding exactly one scope.</summary>
    public static string OnlyScope(string scope) => "t-only-" + scope;

    public static IReadOnlyList<(string Id, string[] Scopes, string? Supplier)> All { get; } =
    [
        (Reader, [Scopes.Read], null),
        (Qa, [Scopes.Read, Scopes.Write, Scopes.AssessNotices, Scopes.ReadAudit], null),
        (SupplierNwb, [Scopes.PublishNotices, Scopes.Read], "NWB"),
        (SupplierHlx, [Scopes.PublishNotices, Scopes.Read], "HLX"),
        (SupplierNwbWriter, [Scopes.Read, Scopes.Write], "NWB"),
        (SupplierNwbAuditor, [Scopes.Read, Scopes.ReadAudit], "NWB"),
        .. Scopes.All.Select(scope => (OnlyScope(scope), new[] { scope }, (string?)null)),
    ];
}

namespace AmConnector.Security;

/// <summary>The OAuth scopes of design.md; each is also the name of the authorisation policy that requires it.</summary>
public static class Scopes
{
    /// <summary>Query master data (OData reads, $metadata).</summary>
    public const string Read = "am.read";

    /// <summary>Create and change master data.</summary>
    public const string Write = "am.write";

    /// <summary>A supplier publishes its own events.</summary>
    public const string PublishNotices = "notices.publish";

    /// <summary>QA decides on a change notice, approves a qualification.</summary>
    public const string AssessNotices = "notices.assess";

    public const string ManageWebhooks = "webhooks.manage";

    public const string ReadAudit = "audit.read";

    /// <summary>Register clients, supplier secrets and API keys.</summary>
    public const string ManageClients = "clients.manage";

    public static IReadOnlyList<string> All { get; } = [Read, Write, PublishNotices, AssessNotices, ManageWebhooks, ReadAudit, ManageClients];
}

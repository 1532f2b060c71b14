namespace AmConnector.Security.Authorization;

/// <summary>
/// One authorisation policy per scope, named apart from a host's own policies. Each authenticates
/// with <see cref="AmConnectorAuthentication.Scheme"/> only, so a host's cookie or default scheme
/// never stands in for an AmConnector caller.
/// </summary>
public static class Policies
{
    private const string Prefix = "AmConnector:";

    public const string Read = Prefix + Scopes.Read;
    public const string Write = Prefix + Scopes.Write;
    public const string PublishNotices = Prefix + Scopes.PublishNotices;
    public const string AssessNotices = Prefix + Scopes.AssessNotices;
    public const string ManageWebhooks = Prefix + Scopes.ManageWebhooks;
    public const string ReadAudit = Prefix + Scopes.ReadAudit;
    public const string ManageClients = Prefix + Scopes.ManageClients;

    public static string For(string scope) => Prefix + scope;
}

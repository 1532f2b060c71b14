namespace AmConnector.IntegrationTests.Hostile;

/// <summary>Who sends a hostile case; each runner maps it to a real token of a client with these scopes.</summary>
public enum HostileCaller
{
    /// <summary>No credential (the supplier receiver authenticates by signature; the token endpoint by form).</summary>
    Anonymous,

    /// <summary>am.read.</summary>
    Reader,

    /// <summary>am.read am.write notices.assess audit.read (QA).</summary>
    Writer,

    /// <summary>clients.manage.</summary>
    ClientsManager,

    /// <summary>webhooks.manage.</summary>
    WebhooksManager,
}

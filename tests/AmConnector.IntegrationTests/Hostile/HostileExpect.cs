namespace AmConnector.IntegrationTests.Hostile;

/// <summary>The class of answer a hostile case must get. Never a 5xx, whatever the class.</summary>
public enum HostileExpect
{
    /// <summary>A 4xx with a problem detail (or an OData error on /odata, an OAuth error on the token endpoint).</summary>
    Rejected,

    /// <summary>Either served (2xx, e.g. a filter literal full of SQL metacharacters finds nothing) or a conformant 4xx.</summary>
    Handled,

    /// <summary>Sent twice: the first is accepted, the repeat is 200 with the first answer and changes no row.</summary>
    Replay,
}

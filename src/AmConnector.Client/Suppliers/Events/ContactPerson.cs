namespace AmConnector.Client.Suppliers.Events;

/// <summary>Whom the site asks about a change notice.</summary>
public sealed record ContactPerson
{
    public string? Name { get; init; }

    public string? Email { get; init; }
}

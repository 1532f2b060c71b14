namespace AmConnector.Suppliers;

public sealed class PostalAddress
{
    public string? Street { get; set; }

    public string? City { get; set; }

    public string? PostalCode { get; set; }

    public string? Region { get; set; }
}

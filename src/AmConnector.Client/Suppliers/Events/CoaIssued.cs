namespace AmConnector.Client.Suppliers.Events;

/// <summary>The data of <c>am.coa.issued</c>: a certificate of analysis with its lots and results.</summary>
public sealed record CoaIssued
{
    public required string CatalogueNumber { get; init; }

    public required string DocumentNumber { get; init; }

    public required DateOnly IssuedOn { get; init; }

    public DateOnly? ValidUntil { get; init; }

    public string? Issuer { get; init; }

    public string? Signatory { get; init; }

    public DocumentReference? Document { get; init; }

    public required IReadOnlyList<CoaLot> Lots { get; init; }

    public required IReadOnlyList<CoaResult> Results { get; init; }
}

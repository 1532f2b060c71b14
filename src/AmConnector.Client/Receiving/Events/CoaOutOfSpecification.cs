namespace AmConnector.Client.Receiving.Events;

/// <summary><c>am.coa.out-of-specification</c>: a CoA has lines outside specification; its lots are NotUsable.</summary>
public sealed record CoaOutOfSpecification(
    Guid CertificateId, string SupplierCode, string CatalogueNumber, string? DocumentNumber, IReadOnlyList<string> Lots, string? Reason,
    IReadOnlyList<FailingLine> FailingLines);

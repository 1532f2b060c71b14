namespace AmConnector.Client.Receiving.Events;

/// <summary><c>am.coa.received</c>: a CoA was stored and judged (<see cref="Verdict"/>: NotEvaluated, Pass, OutOfSpecification).</summary>
public sealed record CoaReceived(
    Guid CertificateId, string SupplierCode, string CatalogueNumber, string? DocumentNumber, IReadOnlyList<string> Lots, string? Reason, string Verdict);

namespace AmConnector.Client.Receiving.Events;

/// <summary><c>am.certificate.expiring</c>: a certificate's validity ends within the warning window.</summary>
public sealed record CertificateExpiring(
    Guid CertificateId, string SupplierCode, string CatalogueNumber, string? DocumentNumber, string Type, DateOnly ValidUntil, int DaysLeft);

namespace AmConnector.Suppliers;

/// <summary>A quality-system certification the supplier holds (ISO 20399 §8: supplier QMS).</summary>
public sealed class SupplierCertification
{
    public CertificationStandard Standard { get; set; }

    public string? Number { get; set; }

    public string? IssuedBy { get; set; }

    public DateOnly? ValidUntil { get; set; }
}

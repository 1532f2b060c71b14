using AmConnector.Certificates;
using AmConnector.Common;
using AmConnector.Materials;

namespace AmConnector.Lots;

/// <summary>One manufactured lot of a material, as received by the user site.</summary>
public sealed class Lot : AmEntity, ISupplierOwned, Signatures.ISignable, AuditTrail.IAudited
{
    public Guid MaterialId { get; set; }

    public Material? Material { get; set; }

    /// <summary>Natural-key part copied from the material on create, so a LIMS filters and looks up without joins.</summary>
    public string SupplierCode { get; set; } = "";

    /// <summary>Natural-key part copied from the material on create.</summary>
    public string CatalogueNumber { get; set; } = "";

    public string LotNumber { get; set; } = "";

    public DateOnly? ManufacturedOn { get; set; }

    public DateOnly? ExpiresOn { get; set; }

    public DateOnly? RetestOn { get; set; }

    public decimal? Quantity { get; set; }

    /// <summary>UCUM unit of <see cref="Quantity"/>.</summary>
    public string? QuantityUnit { get; set; }

    public LotStatus Status { get; set; } = LotStatus.Quarantine;

    public string? StatusReason { get; set; }

    /// <summary>The conditions of a conditional release.</summary>
    public string? ReleaseConditions { get; set; }

    public List<LotHold> Holds { get; set; } = [];

    /// <summary>Certificates covering this lot (a CoA may cover several lots).</summary>
    public List<Certificate> Certificates { get; set; } = [];

    /// <summary>People's signatures on this record (read-only; made by its signed actions).</summary>
    public List<Signatures.Signature> Signatures { get; set; } = [];

    /// <summary>This record's audit events (read-only; <c>$expand=AuditHistory</c> needs <c>audit.read</c>).</summary>
    public List<AuditTrail.AuditEvent> AuditHistory { get; set; } = [];
}

using AmConnector.Certificates;
using AmConnector.ChangeNotices;
using AmConnector.Common;
using AmConnector.Lots;
using AmConnector.Qualifications;
using AmConnector.Risk;
using AmConnector.Suppliers;

namespace AmConnector.Materials;

/// <summary>An ancillary material (AM): ISO 20399 §7 characteristics and Annex C information.</summary>
public sealed class Material : AmEntity, ISupplierOwned, Signatures.ISignable, AuditTrail.IAudited
{
    public Guid SupplierId { get; set; }

    public Supplier? Supplier { get; set; }

    /// <summary>
    /// The owning supplier's code, kept on the row so the natural key
    /// (<c>SupplierCode</c> + <c>CatalogueNumber</c>) is one unique index and a LIMS can filter
    /// without a join. Set from <see cref="Supplier"/> on create; never changes.
    /// </summary>
    public string SupplierCode { get; set; } = "";

    public string CatalogueNumber { get; set; } = "";

    public string Name { get; set; } = "";

    public string? Description { get; set; }

    public MaterialCategory Category { get; set; }

    public MaterialOrigin Origin { get; set; }

    public AnimalOriginStatus AnimalOriginStatus { get; set; }

    public string? Species { get; set; }

    public string? Tissue { get; set; }

    /// <summary>ISO 3166-1 alpha-2 codes; needed for TSE/BSE risk of animal-derived AMs.</summary>
    public List<string> CountriesOfOrigin { get; set; } = [];

    public MaterialGrade Grade { get; set; }

    /// <summary>Made by its supplier for use as an ancillary material (USP &lt;1043&gt; tier rule 3).</summary>
    public bool IntendedAsAncillaryMaterial { get; set; }

    public ScopeAnswers Scope { get; set; } = new();

    /// <summary>Derived from <see cref="Scope"/> (ISO 20399 Annex A decision chart).</summary>
    public bool InScope { get; set; }

    public string? ProcessStage { get; set; }

    public StorageConditions Storage { get; set; } = new();

    public int? ShelfLifeMonths { get; set; }

    public List<CompositionLine> Composition { get; set; } = [];

    public DrugMasterFile Dmf { get; set; } = new();

    public UspTierAssessment Tier { get; set; } = new();

    public MaterialStatus Status { get; set; } = MaterialStatus.Active;

    public List<MaterialSpecification> Specifications { get; set; } = [];

    public List<Lot> Lots { get; set; } = [];

    public List<Certificate> Certificates { get; set; } = [];

    public List<RiskAssessment> RiskAssessments { get; set; } = [];

    public List<Qualification> Qualifications { get; set; } = [];

    public List<ChangeNotice> ChangeNotices { get; set; } = [];

    /// <summary>People's signatures on this record (read-only; made by its signed actions).</summary>
    public List<Signatures.Signature> Signatures { get; set; } = [];

    /// <summary>This record's audit events (read-only; <c>$expand=AuditHistory</c> needs <c>audit.read</c>).</summary>
    public List<AuditTrail.AuditEvent> AuditHistory { get; set; } = [];
}

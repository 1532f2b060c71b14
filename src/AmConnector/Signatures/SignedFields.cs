using AmConnector.ChangeNotices;
using AmConnector.Common;
using AmConnector.Lots;
using AmConnector.Materials;
using AmConnector.Qualifications;

namespace AmConnector.Signatures;

/// <summary>
/// The GMP fields of each signable record, in their canonical order (<see cref="SignedContent"/>):
/// what identifies the record and what a QA decision on it is about. Changing one of them after
/// signing makes the signature invalid; changing anything else (a description, a quantity note) does not.
/// </summary>
internal static class SignedFields
{
    public static bool IsSignable(object entity) => entity is Lot or Qualification or Material or ChangeNotice;

    public static IEnumerable<KeyValuePair<string, object?>> Of(AmEntity entity) => entity switch
    {
        Lot l =>
        [
            new(nameof(Lot.SupplierCode), l.SupplierCode),
            new(nameof(Lot.CatalogueNumber), l.CatalogueNumber),
            new(nameof(Lot.LotNumber), l.LotNumber),
            new(nameof(Lot.MaterialId), l.MaterialId),
            new(nameof(Lot.ManufacturedOn), l.ManufacturedOn),
            new(nameof(Lot.ExpiresOn), l.ExpiresOn),
            new(nameof(Lot.RetestOn), l.RetestOn),
            new(nameof(Lot.Quantity), l.Quantity),
            new(nameof(Lot.QuantityUnit), l.QuantityUnit),
            new(nameof(Lot.Status), l.Status),
            new(nameof(Lot.ReleaseConditions), l.ReleaseConditions),
        ],
        Qualification q =>
        [
            new(nameof(Qualification.SupplierCode), q.SupplierCode),
            new(nameof(Qualification.MaterialId), q.MaterialId),
            new(nameof(Qualification.UseContext), q.UseContext),
            new(nameof(Qualification.UspTierAtQualification), q.UspTierAtQualification),
            new(nameof(Qualification.Status), q.Status),
            new(nameof(Qualification.Conditions), q.Conditions),
            new(nameof(Qualification.NextReviewDue), q.NextReviewDue),
        ],
        Material m =>
        [
            new(nameof(Material.SupplierCode), m.SupplierCode),
            new(nameof(Material.CatalogueNumber), m.CatalogueNumber),
            new(nameof(Material.Name), m.Name),
            new(nameof(Material.Grade), m.Grade),
            new(nameof(Material.Origin), m.Origin),
            new(nameof(Material.AnimalOriginStatus), m.AnimalOriginStatus),
            new("Tier.Derived", m.Tier.Derived),
            new("Tier.Override", m.Tier.Override),
            new("Tier.Effective", m.Tier.Effective),
        ],
        // The notice's identity and its decision as Decide leaves it (AssessedBy/AssessedAt are
        // stamps, Reason is the signer's; the host's change-control reference arrives later).
        ChangeNotice n =>
        [
            new(nameof(ChangeNotice.SupplierCode), n.SupplierCode),
            new(nameof(ChangeNotice.SupplierReference), n.SupplierReference),
            new(nameof(ChangeNotice.Version), n.Version),
            new(nameof(ChangeNotice.Level), n.Level),
            new(nameof(ChangeNotice.Status), n.Status),
            new("Assessment.Impact", n.Assessment.Impact),
            new("Assessment.Decision", n.Assessment.Decision),
            new("Assessment.ChosenActions", string.Join(",", n.Assessment.ChosenActions)),
        ],
        _ => throw new ArgumentException($"{entity.GetType().Name} is not a signable record.", nameof(entity)),
    };
}

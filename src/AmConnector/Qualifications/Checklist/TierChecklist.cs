using AmConnector.Materials;

namespace AmConnector.Qualifications.Checklist;

/// <summary>
/// The activities a new qualification starts with, from the material's USP &lt;1043&gt; tier
/// (domain.md §5.1, cumulative by tier). Every activity starts Open: the system lists what is
/// needed, and only QA closes or waives an item (a waiver carries its reason).
/// </summary>
internal static class TierChecklist
{
    public const int LowestTier = 1;
    public const int HighestTier = 4;

    /// <summary>The checklist items for a tier, in catalogue order.</summary>
    /// <param name="tier">The effective tier, 1–4.</param>
    /// <param name="hasDmf">Whether the material has a DMF: the domain asks for a DMF reference only "where one exists".</param>
    public static IReadOnlyList<ChecklistItem> Items(int tier, bool hasDmf)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(tier, LowestTier);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(tier, HighestTier);

        return ChecklistCatalogue.All
            .Where(i => i.FromTier <= tier && (hasDmf || i.Kind != QualificationActivityKind.DmfReference))
            .ToList();
    }

    /// <summary>New, open activities for a tier; the qualification they are added to sets their key.</summary>
    public static List<QualificationActivity> For(int tier, DrugMasterFile dmf)
    {
        ArgumentNullException.ThrowIfNull(dmf);

        return Items(tier, HasDmf(dmf))
            .Select(i => new QualificationActivity { Kind = i.Kind, Status = ActivityStatus.Open })
            .ToList();
    }

    /// <summary>
    /// New, open activities for the material's effective tier, the tier the qualification records
    /// (so QA's override, not the derived tier, decides).
    /// </summary>
    /// <exception cref="InvalidOperationException">The material has no tier yet; derive it first.</exception>
    public static List<QualificationActivity> For(Material material)
    {
        ArgumentNullException.ThrowIfNull(material);

        // No silent default: a guessed tier would hide a material that was never assessed.
        var tier = material.Tier.Effective
            ?? throw new InvalidOperationException($"Material {material.SupplierCode}/{material.CatalogueNumber} has no USP <1043> tier yet.");
        return For(tier, material.Dmf);
    }

    /// <summary>What QA must show to close an activity of this kind.</summary>
    public static string Describe(QualificationActivityKind kind) =>
        ChecklistCatalogue.All.FirstOrDefault(i => i.Kind == kind)?.Description
        ?? throw new ArgumentOutOfRangeException(nameof(kind), kind, "No checklist item of this kind.");

    /// <summary>A DMF exists when it has a number to reference; a type alone names nothing.</summary>
    private static bool HasDmf(DrugMasterFile dmf) => !string.IsNullOrWhiteSpace(dmf.Number);
}

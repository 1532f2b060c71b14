using AmConnector.Materials;

namespace AmConnector.Demo;

/// <summary>
/// USP &lt;1043&gt; tier of domain.md §5.1, first matching rule wins. The plugin does not derive
/// tiers yet, so the demo applies the table itself and stores the rule in words, as the real
/// derivation will.
/// </summary>
internal static class DemoTier
{
    /// <param name="material">A material with grade, origin and "made as an AM" set.</param>
    /// <param name="originDetail">What the human or animal component is, e.g. "bovine serum".</param>
    public static UspTierAssessment Derive(Material material, string? originDetail)
    {
        var detail = originDetail is null ? "" : $" ({originDetail})";
        var (tier, rule) = material switch
        {
            { Grade: MaterialGrade.LicensedDrug } => (1, "Tier 1: licensed drug product"),
            { Grade: MaterialGrade.ClearedDevice } => (1, "Tier 1: cleared medical device"),
            { Grade: MaterialGrade.ResearchUseOnly } => (4, "Tier 4: research-use-only grade"),
            { Origin: MaterialOrigin.Human } => (4, $"Tier 4: contains human-derived component{detail}"),
            { Origin: MaterialOrigin.Animal } => (4, $"Tier 4: contains animal-derived component{detail}"),
            { Grade: MaterialGrade.Gmp, IntendedAsAncillaryMaterial: true } => (2, "Tier 2: GMP grade, manufactured for use as an ancillary material"),
            { Grade: MaterialGrade.Gmp } => (3, "Tier 3: GMP grade, but not manufactured for use as an ancillary material"),
            _ => (3, $"Tier 3: {Words(material.Grade)} grade"),
        };
        return new UspTierAssessment { Derived = tier, Rule = rule, Effective = tier };
    }

    /// <summary>QA's override with its reason (domain.md §5.1); the derived tier and its rule stay visible.</summary>
    public static void Override(Material material, int tier, string reason)
    {
        material.Tier.Override = tier;
        material.Tier.OverrideReason = reason;
        material.Tier.Effective = tier;
    }

    private static string Words(MaterialGrade grade) => grade switch
    {
        MaterialGrade.InVitroDiagnostic => "in-vitro diagnostic",
        MaterialGrade.Compendial => "compendial (USP/Ph. Eur.)",
        MaterialGrade.Reagent => "reagent",
        _ => grade.ToString(),
    };
}

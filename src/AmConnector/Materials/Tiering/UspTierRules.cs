namespace AmConnector.Materials.Tiering;

/// <summary>
/// USP &lt;1043&gt; tier derivation of domain.md §5.1: the rules are tried in the table's order
/// and the first that matches decides. Only <see cref="Material.Grade"/>, <see cref="Material.Origin"/>
/// and <see cref="Material.IntendedAsAncillaryMaterial"/> count; the domain ties tier to nothing else.
/// </summary>
internal static class UspTierRules
{
    /// <summary>The §5.1 table in its order. The order is the rule: a licensed human-plasma product is tier 1, not 4.</summary>
    public static IReadOnlyList<UspTierRule> Ordered { get; } =
    [
        new(1, 1, m => m.Grade is MaterialGrade.LicensedDrug or MaterialGrade.ClearedDevice, UspTierWording.Licensed),
        new(2, 4, m => m.Grade == MaterialGrade.ResearchUseOnly || m.Origin is MaterialOrigin.Human or MaterialOrigin.Animal,
            UspTierWording.HighRisk),
        new(3, 2, m => m.Grade == MaterialGrade.Gmp && m.IntendedAsAncillaryMaterial, _ => UspTierWording.GmpMadeAsAncillary),

        // "Anything else": compendial, IVD or reagent grade, or GMP not made as an AM.
        new(4, 3, _ => true, UspTierWording.Other),
    ];

    public static UspTierDecision Derive(Material material)
    {
        ArgumentNullException.ThrowIfNull(material);

        // The last rule matches everything, so First always finds one.
        var rule = Ordered.First(r => r.Matches(material));
        return new UspTierDecision(rule.Tier, rule.Number, $"Tier {rule.Tier}: {rule.Explain(material)}");
    }

    /// <summary>
    /// Stores the derived tier and its rule on the material and recomputes the effective tier.
    /// QA's override (and its reason) is kept: it stands until QA lifts it, even when the derivation changes.
    /// </summary>
    public static void Apply(Material material)
    {
        var decision = Derive(material);
        material.Tier.Derived = decision.Tier;
        material.Tier.Rule = decision.Rule;
        material.Tier.Effective = material.Tier.Override ?? decision.Tier;
    }
}

using AmConnector.Materials;
using AmConnector.Materials.Tiering;

namespace AmConnector.Demo;

/// <summary>QA's tier overrides in the demo (domain.md §5.1); the tiers themselves come from <see cref="UspTierRules"/>.</summary>
internal static class DemoTier
{
    /// <summary>An override with its reason; the derived tier and its rule stay visible beside it.</summary>
    public static void Override(Material material, int tier, string reason)
    {
        material.Tier.Override = tier;
        material.Tier.OverrideReason = reason;
        UspTierRules.Apply(material);
    }
}

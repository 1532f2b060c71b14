namespace AmConnector.Materials.Tiering;

/// <summary>One row of the domain.md §5.1 tier table: when it matches, what tier it gives, and how it explains itself.</summary>
/// <param name="Number">Its place in the table; rules are tried in this order and the first match decides.</param>
/// <param name="Tier">The tier it gives.</param>
/// <param name="Matches">Whether the rule applies to a material.</param>
/// <param name="Explain">Why it applies to that material, without the "Tier n: " prefix (added by the caller so it cannot disagree with <paramref name="Tier"/>).</param>
internal sealed record UspTierRule(int Number, int Tier, Func<Material, bool> Matches, Func<Material, string> Explain);

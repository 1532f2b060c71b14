namespace AmConnector.Materials.Tiering;

/// <summary>
/// The outcome of USP &lt;1043&gt; tier derivation (domain.md §5.1). The rule is kept in words
/// because QA must see why a tier was given before accepting or overriding it.
/// </summary>
/// <param name="Tier">1 (lowest risk) to 4 (highest risk).</param>
/// <param name="RuleNumber">The order of the rule that fired in the §5.1 table, 1–4.</param>
/// <param name="Rule">The rule that fired, in words, e.g. "Tier 1: licensed drug product".</param>
internal sealed record UspTierDecision(int Tier, int RuleNumber, string Rule);

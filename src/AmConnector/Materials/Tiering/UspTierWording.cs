namespace AmConnector.Materials.Tiering;

/// <summary>
/// The words of each §5.1 rule. They name what in the material made the rule fire (grade,
/// origin with species and tissue), so a reviewer can check the tier without opening the material.
/// </summary>
internal static class UspTierWording
{
    public static string Licensed(Material material)
    {
        var what = material.Grade == MaterialGrade.ClearedDevice ? "cleared medical device" : "licensed drug product";

        // Rule 1 outranks rule 2: say so, or a licensed human-plasma product looks like a mistake.
        return material.Origin is MaterialOrigin.Human or MaterialOrigin.Animal
            ? $"{what}, which takes precedence over its {OriginWord(material.Origin)} origin"
            : what;
    }

    public static string HighRisk(Material material)
    {
        var reasons = new List<string>(2);
        if (material.Grade == MaterialGrade.ResearchUseOnly)
        {
            reasons.Add("research-use-only grade");
        }

        if (material.Origin is MaterialOrigin.Human or MaterialOrigin.Animal)
        {
            reasons.Add($"{OriginWord(material.Origin)}{Source(material)}");
        }

        // RUO already says "not licensed"; for other grades, say why rule 1 did not apply.
        var tail = material.Grade == MaterialGrade.ResearchUseOnly ? "" : ", not a licensed drug or cleared device";
        return string.Join("; ", reasons) + tail;
    }

    public const string GmpMadeAsAncillary = "GMP grade, manufactured for use as an ancillary material";

    public static string Other(Material material) => material.Grade switch
    {
        MaterialGrade.Gmp => "GMP grade, but not manufactured for use as an ancillary material",
        MaterialGrade.Compendial => "compendial (USP/Ph. Eur.) grade",
        MaterialGrade.InVitroDiagnostic => "in-vitro diagnostic grade",
        MaterialGrade.Reagent => "reagent grade",

        // The table's "anything else" also catches a grade value this code does not know.
        _ => $"grade {material.Grade}",
    };

    private static string OriginWord(MaterialOrigin origin) =>
        origin == MaterialOrigin.Human ? "human-derived" : "animal-derived";

    /// <summary>" (species, tissue)" from whichever of the two are recorded, or nothing.</summary>
    private static string Source(Material material)
    {
        var parts = new[] { material.Species, material.Tissue }.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p!.Trim()).ToList();
        return parts.Count == 0 ? "" : $" ({string.Join(", ", parts)})";
    }
}

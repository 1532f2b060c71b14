using System.Collections.Frozen;
using AmConnector.Certificates.Evaluation;

namespace AmConnector.Certificates.Astm;

/// <summary>
/// Units as E3077 documents print them, turned into the UCUM codes a CoA line carries. A few
/// printed spellings that are not UCUM are named here (names only: every factor still comes from
/// Fhir.Metrics); everything else must read as UCUM, or the line is refused, since a unit the
/// evaluation cannot read would leave the line unjudged.
/// </summary>
internal static class AstmUnits
{
    private static readonly FrozenDictionary<string, string> Printed = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["pH"] = "[pH]",
        ["ppm"] = "[ppm]",
        ["°C"] = "Cel",
        ["CFU/mL"] = "{CFU}/mL",
        ["CFU/g"] = "{CFU}/g",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static bool TryRead(string written, out string code, out string error)
    {
        var text = written.Trim();
        return UcumUnitConverter.TryNormalise(Printed.GetValueOrDefault(text, text), out code, out error);
    }
}

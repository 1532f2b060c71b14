using System.Collections.Frozen;
using System.Xml.Linq;
using Fhir.Metrics;

namespace AmConnector.Certificates.Evaluation;

/// <summary>
/// Facts about UCUM codes read from the UCUM essence file that Fhir.Metrics embeds, so the
/// converter needs no unit table of its own: which units are arbitrary (UCUM: commensurable only
/// with themselves, which Fhir.Metrics does not enforce) and the case-insensitive (c/i) codes.
/// </summary>
internal sealed class UcumEssence
{
    // The resource name is Fhir.Metrics' own; a package update that moves it fails loudly here.
    private const string ResourceName = "Fhir.Metrics.Data.ucum-essence.xml";

    private static readonly Lazy<UcumEssence> LazyShared = new(Load);

    private readonly FrozenDictionary<string, string> _arbitraryRoots;
    private readonly FrozenDictionary<string, string> _prefixesByCaseInsensitiveCode;
    private readonly FrozenDictionary<string, string> _unitsByCaseInsensitiveCode;
    private readonly FrozenSet<string> _metricCaseSensitiveCodes;

    private UcumEssence(
        FrozenDictionary<string, string> arbitraryRoots,
        FrozenDictionary<string, string> prefixes,
        FrozenDictionary<string, string> units,
        FrozenSet<string> metric)
    {
        _arbitraryRoots = arbitraryRoots;
        _prefixesByCaseInsensitiveCode = prefixes;
        _unitsByCaseInsensitiveCode = units;
        _metricCaseSensitiveCodes = metric;
    }

    public static UcumEssence Shared => LazyShared.Value;

    /// <summary>
    /// The identity of an arbitrary unit such as <c>[iU]</c> or <c>[CFU]</c>: its own code, or the
    /// code it is defined as exactly one of (<c>[IU]</c> is one <c>[iU]</c>). Null when not arbitrary.
    /// </summary>
    public string? ArbitraryRoot(string caseSensitiveCode) =>
        _arbitraryRoots.TryGetValue(caseSensitiveCode, out var root) ? root : null;

    /// <summary>
    /// Reads one UCUM atom written in the case-insensitive form (<c>mOsm</c> → c/i <c>MOSM</c> →
    /// c/s <c>mosm</c>). UCUM defines the c/i codes to be unambiguous, so the lookup is exact.
    /// </summary>
    public string? FromCaseInsensitive(string atom)
    {
        var upper = atom.ToUpperInvariant();
        if (_unitsByCaseInsensitiveCode.TryGetValue(upper, out var unit))
        {
            return unit;
        }

        // Collect every reading, not the first: should two prefix splits ever both fit, the atom is ambiguous.
        string? found = null;
        foreach (var (prefixCi, prefixCs) in _prefixesByCaseInsensitiveCode)
        {
            if (upper.Length > prefixCi.Length && upper.StartsWith(prefixCi, StringComparison.Ordinal)
                && _unitsByCaseInsensitiveCode.TryGetValue(upper[prefixCi.Length..], out var prefixed)
                && _metricCaseSensitiveCodes.Contains(prefixed))
            {
                if (found is not null)
                {
                    return null;
                }

                found = prefixCs + prefixed;
            }
        }

        return found;
    }

    private static UcumEssence Load()
    {
        using var stream = typeof(UCUM).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Fhir.Metrics no longer embeds {ResourceName}; the UCUM unit converter cannot load its unit facts.");
        var root = XDocument.Load(stream).Root!;
        var units = root.Elements("unit").Concat(root.Elements("base-unit")).ToList();

        var arbitrary = units
            .Where(u => (string?)u.Attribute("isArbitrary") == "yes")
            .Select(u => (Code: (string)u.Attribute("Code")!, DefinedAs: (string?)u.Element("value")?.Attribute("Unit"), Factor: (string?)u.Element("value")?.Attribute("value")))
            .ToList();
        var arbitraryCodes = arbitrary.Select(a => a.Code).ToHashSet(StringComparer.Ordinal);
        var arbitraryRoots = arbitrary.ToFrozenDictionary(
            a => a.Code,
            a => a.DefinedAs is { } definedAs && a.Factor == "1" && arbitraryCodes.Contains(definedAs) ? definedAs : a.Code,
            StringComparer.Ordinal);

        var prefixes = root.Elements("prefix")
            .Where(p => p.Attribute("CODE") is not null)
            .ToFrozenDictionary(p => (string)p.Attribute("CODE")!, p => (string)p.Attribute("Code")!, StringComparer.Ordinal);

        // [IU] and [iU] share the c/i code [IU]; both are the same unit, so the first definition stands.
        var unitsCi = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var u in units.Where(u => u.Attribute("CODE") is not null))
        {
            unitsCi.TryAdd((string)u.Attribute("CODE")!, (string)u.Attribute("Code")!);
        }

        var metric = units
            .Where(u => u.Name.LocalName == "base-unit" || (string?)u.Attribute("isMetric") == "yes")
            .Select(u => (string)u.Attribute("Code")!)
            .ToFrozenSet(StringComparer.Ordinal);

        return new UcumEssence(arbitraryRoots, prefixes, unitsCi.ToFrozenDictionary(StringComparer.Ordinal), metric);
    }
}

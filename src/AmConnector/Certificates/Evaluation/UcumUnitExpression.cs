using System.Collections.Frozen;
using System.Text;
using System.Text.RegularExpressions;

namespace AmConnector.Certificates.Evaluation;

/// <summary>
/// A unit as written on a CoA or a specification, read into the parts the converter needs.
/// </summary>
/// <remarks>
/// Accepted: UCUM case-sensitive codes (<c>mg/dL</c>, <c>[iU]/mg</c>, <c>10*6/mL</c>,
/// <c>{cells}/mL</c>); atoms in UCUM's case-insensitive form when they are not valid
/// case-sensitive codes (<c>mOsm/kg</c> reads as <c>mosm/kg</c>); the micro sign (<c>µg</c> reads
/// as <c>ug</c>); a bare <c>IU</c> (reads as <c>[IU]</c>) and a bare <c>EU</c>, which reads as
/// <c>[EU]</c>, the code this project uses for endotoxin units. Strict UCUM reads a bare <c>EU</c>
/// as exa-enzyme-units (10¹⁸ U), which no CoA means; UCUM's own <c>[EU]</c> is the Ehrlich unit,
/// but as an arbitrary unit it only ever converts to itself, so reusing it is safe.
/// Refused: whitespace, parentheses (Fhir.Metrics cannot parse nested terms) and unknown atoms,
/// e.g. a bare <c>cells</c> (write <c>{cells}</c>).
/// </remarks>
internal sealed partial class UcumUnitExpression
{
    private static readonly UcumUnitExpression Unitless = new("", "", "1", []);

    // Spellings CoAs print for arbitrary units UCUM writes in brackets. Names only, no factors:
    // every conversion still comes from Fhir.Metrics.
    private static readonly FrozenDictionary<string, string> PrintedAliases = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["EU"] = "[EU]",
        ["IU"] = "[IU]",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private UcumUnitExpression(string written, string code, string libraryCode, IReadOnlyList<string> labels)
    {
        Written = written;
        Code = code;
        LibraryCode = libraryCode;
        Labels = labels;
    }

    /// <summary>The unit as it was given.</summary>
    public string Written { get; }

    /// <summary>The normalised case-sensitive UCUM code, annotations kept; empty when there is no unit.</summary>
    public string Code { get; }

    /// <summary>
    /// The code handed to Fhir.Metrics: annotations removed, because UCUM reads them as unity and
    /// Fhir.Metrics then skips its dimension check (it converts <c>{EU}/ug</c> to <c>{EU}/mL</c>).
    /// </summary>
    public string LibraryCode { get; }

    /// <summary>
    /// Annotations and arbitrary units, each with the side of the fraction it stands on, sorted.
    /// UCUM calls both unity in a conversion; two units are the same quantity only when these agree.
    /// </summary>
    public IReadOnlyList<string> Labels { get; }

    /// <summary>No unit, or UCUM's unity <c>1</c>.</summary>
    public bool IsUnitless => Code is "" or "1";

    public static bool TryParse(string? written, Func<string, bool> isKnownAtom, out UcumUnitExpression expression, out string error)
    {
        expression = Unitless;
        error = "";
        if (string.IsNullOrWhiteSpace(written))
        {
            return true;
        }

        // UCUM writes micro as "u"; CoAs print µ (micro sign) or μ (Greek mu).
        var text = written.Trim().Replace('\u00B5', 'u').Replace('\u03BC', 'u');
        if (text.Any(char.IsWhiteSpace))
        {
            error = $"unit '{written}' contains whitespace, which UCUM does not allow";
            return false;
        }

        if (text.Contains('(', StringComparison.Ordinal) || text.Contains(')', StringComparison.Ordinal))
        {
            error = $"unit '{written}' uses parentheses, which the UCUM library cannot read";
            return false;
        }

        if (!TrySplit(text, out var terms))
        {
            error = $"unit '{written}' is not a UCUM expression (empty term or unbalanced brackets)";
            return false;
        }

        var code = new StringBuilder();
        var library = new StringBuilder();
        var labels = new List<string>();
        foreach (var (divides, term) in terms)
        {
            var annotations = AnnotationPattern().Matches(term).Select(m => m.Value).ToList();
            var atom = AnnotationPattern().Replace(term, "");
            if (!TryResolve(atom, isKnownAtom, out var resolved))
            {
                error = $"unit '{written}' has the unknown UCUM atom '{atom}'";
                return false;
            }

            var exponent = ExponentPattern().Match(resolved);
            var side = divides ^ (exponent.Success && exponent.Groups["exp"].Value.StartsWith('-')) ? "/" : "";
            labels.AddRange(annotations.Select(a => side + a.ToLowerInvariant()));
            if (ArbitraryCodePattern().Match(resolved) is { Success: true } arbitrary
                && UcumEssence.Shared.ArbitraryRoot(arbitrary.Value) is { } root)
            {
                labels.Add(side + root);
            }

            Append(code, divides, resolved + string.Concat(annotations));
            if (resolved.Length > 0)
            {
                Append(library, divides, resolved);
            }
        }

        labels.Sort(StringComparer.Ordinal);
        expression = new UcumUnitExpression(written, code.ToString(), library.Length == 0 ? "1" : library.ToString(), labels);
        return true;
    }

    public override string ToString() => Code;

    private static void Append(StringBuilder builder, bool divides, string term)
    {
        if (divides)
        {
            builder.Append('/');
        }
        else if (builder.Length > 0)
        {
            builder.Append('.');
        }

        builder.Append(term);
    }

    private static bool TryResolve(string atom, Func<string, bool> isKnownAtom, out string resolved)
    {
        // Checked before UCUM: a bare EU is a valid UCUM code (exa-U) that no CoA means.
        if (PrintedAliases.TryGetValue(atom, out var alias))
        {
            resolved = alias;
            return true;
        }

        resolved = atom;
        if (atom.Length == 0 || NumberPattern().IsMatch(atom) || isKnownAtom(atom))
        {
            return true;
        }

        var exponent = ExponentPattern().Match(atom);
        var body = exponent.Success ? exponent.Groups["body"].Value : atom;
        var power = exponent.Success ? exponent.Groups["exp"].Value : "";
        if (UcumEssence.Shared.FromCaseInsensitive(body) is { } caseSensitive && isKnownAtom(caseSensitive + power))
        {
            resolved = caseSensitive + power;
            return true;
        }

        return false;
    }

    /// <summary>Splits on UCUM's operators '.' and '/' outside annotations and brackets; true = divides.</summary>
    private static bool TrySplit(string text, out List<(bool Divides, string Term)> terms)
    {
        terms = [];
        var depth = 0;
        var start = 0;
        var divides = false;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : '\0';
            depth += c is '{' or '[' ? 1 : c is '}' or ']' ? -1 : 0;
            if (depth < 0)
            {
                return false;
            }

            if (depth > 0 || (c is not ('.' or '/') && i < text.Length))
            {
                continue;
            }

            var term = text[start..i];
            // Only the very first term may be empty, and only before a '/': "/mL" is 1/mL.
            if (term.Length == 0 && !(terms.Count == 0 && start == 0 && c == '/'))
            {
                return false;
            }

            if (term.Length > 0)
            {
                terms.Add((divides, term));
            }

            divides = c == '/';
            start = i + 1;
        }

        return depth == 0 && terms.Count > 0;
    }

    [GeneratedRegex(@"\{[^{}]*\}")]
    private static partial Regex AnnotationPattern();

    // "mL-1", "m3"; not the "6" of "10*6" or "10^6".
    [GeneratedRegex(@"^(?<body>.*[^\d*^+-])(?<exp>[+-]?\d+)$")]
    private static partial Regex ExponentPattern();

    [GeneratedRegex(@"^(\d+|10[*^][+-]?\d+)$")]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"\[[^\[\]]+\]")]
    private static partial Regex ArbitraryCodePattern();
}

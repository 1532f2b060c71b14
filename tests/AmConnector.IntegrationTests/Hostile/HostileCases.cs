using System.Text;

namespace AmConnector.IntegrationTests.Hostile;

/// <summary>
/// The hostile-input cases, generated from one deterministic seed: <see cref="All"/> is the full set
/// (the harness, <c>bench/hostile/run.sh</c>), <see cref="Fast"/> an evenly spread sample of every
/// family plus every case that once found a bug (the xunit subset). Families live in the partial files.
/// </summary>
public static partial class HostileCases
{
    public const int Seed = 20261128;

    public const string MalformedJson = "malformed-json";
    public const string WrongTypes = "wrong-types";
    public const string Oversize = "oversize";
    public const string DeepNesting = "deep-nesting";
    public const string InvalidUtf8 = "invalid-utf8";
    public const string Signatures = "signatures";
    public const string Replay = "replay";
    public const string ODataBombs = "odata-bombs";
    public const string PathTraversal = "path-traversal";
    public const string SqlMetacharacters = "sql-metacharacters";

    public static IReadOnlyList<string> Families { get; } =
        [MalformedJson, WrongTypes, Oversize, DeepNesting, InvalidUtf8, Signatures, Replay, ODataBombs, PathTraversal, SqlMetacharacters];

    private static readonly Lazy<IReadOnlyList<HostileCase>> AllCases = new(Generate);

    /// <summary>The full set, in a stable order.</summary>
    public static IReadOnlyList<HostileCase> All => AllCases.Value;

    /// <summary>
    /// The fast subset: one case in <paramref name="every"/> of each family (at least four per family),
    /// plus the regression cases, in the full set's order.
    /// </summary>
    public static IReadOnlyList<HostileCase> Fast(int every = 12) =>
        [.. All.GroupBy(c => c.Family)
            .SelectMany(family =>
            {
                var cases = family.ToList();
                var step = Math.Max(1, Math.Min(every, cases.Count / 4));
                return cases.Where((c, i) => i % step == 0 || Regressions.Contains(c.Name));
            })];

    public static HostileCase Named(string name) => ByName.Value[name];

    private static readonly Lazy<Dictionary<string, HostileCase>> ByName = new(() => All.ToDictionary(c => c.Name, StringComparer.Ordinal));

    private static List<HostileCase> Generate()
    {
        var random = new Random(Seed);
        var cases = new List<HostileCase>();
        cases.AddRange(BodyCases(random));
        cases.AddRange(SignatureCases());
        cases.AddRange(ReplayCases());
        cases.AddRange(QueryCases());
        cases.AddRange(PathCases());
        cases.AddRange(HeaderCases());
        cases.AddRange(TokenCases(random));
        var duplicates = cases.GroupBy(c => c.Name).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        return duplicates.Count == 0 ? cases : throw new InvalidOperationException("Duplicate hostile case names: " + string.Join(", ", duplicates));
    }

    /// <summary>An eight-character token unique to a case and stable across runs, for ids and natural keys.</summary>
    private static string Token(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash.ToString("x8", System.Globalization.CultureInfo.InvariantCulture);
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static readonly KeyValuePair<string, string> Reason = new("AmConnector-Reason", "hostile input test");

    private static readonly KeyValuePair<string, string> IfMatchAny = new("If-Match", "*");
}

using System.Reflection;
using AmConnector.Lots.Usability;

namespace AmConnector.Tests.Lots;

/// <summary>
/// contracts/usability-reasons.md is what a LIMS developer reads: it must list exactly the codes of
/// <see cref="UsabilityCodes"/>, once each, with the kind (NotUsable or condition) the rules give them.
/// </summary>
public sealed class UsabilityCodesContractTests
{
    private static readonly string[] Kinds = ["NotUsable", "condition"];

    private static readonly string ContractFile = Path.Combine(RepositoryRoot(), "contracts", "usability-reasons.md");

    [Fact]
    public void Contract_CodesInTheTable_AreExactlyTheConstantsOfUsabilityCodes()
    {
        var documented = Rows().Select(r => r.Code).ToList();

        var missing = Constants().Except(documented).ToList();
        var unknown = documented.Except(Constants()).ToList();

        Assert.True(missing.Count == 0, $"Codes not in {ContractFile}: {string.Join(", ", missing)}");
        Assert.True(unknown.Count == 0, $"Codes in {ContractFile} that UsabilityCodes does not define: {string.Join(", ", unknown)}");
    }

    [Fact]
    public void Contract_EachCode_IsListedOnceWithAMeaning()
    {
        var rows = Rows();

        Assert.Equal(rows.Count, rows.Select(r => r.Code).Distinct(StringComparer.Ordinal).Count());
        Assert.All(rows, r => Assert.False(string.IsNullOrWhiteSpace(r.Meaning), $"{r.Code} has no meaning"));
    }

    [Fact]
    public void UsabilityCodes_EachConstant_HasADistinctUpperSnakeCaseValue()
    {
        var values = Constants();

        Assert.Equal(values.Count, values.Distinct(StringComparer.Ordinal).Count());
        Assert.All(values, v => Assert.Matches("^[A-Z]+(_[A-Z]+)*$", v));
    }

    [Fact]
    public void Contract_KindOfEachCode_IsWhetherTheRulesMakeItBlocking()
    {
        var documented = Rows().ToDictionary(r => r.Code, r => r.Kind);
        var observed = UsabilityScenario.SingleFaults.Values
            .Select(f => (f.Code, Kind: Observe(f.Arrange, f.Code) ? "NotUsable" : "condition"))
            .Distinct()
            .Append((Code: UsabilityCodes.LotNotFound, Kind: "NotUsable")); // UsabilityCheck's answer for an unknown key, always NotUsable

        Assert.All(observed, o => Assert.Equal(o.Kind, documented[o.Code]));
        Assert.All(documented.Values, kind => Assert.Contains(kind, Kinds));
    }

    private static bool Observe(Action<UsabilityScenario> arrange, string code)
    {
        var scenario = new UsabilityScenario();
        arrange(scenario);
        return scenario.Evaluate().Reasons.Single(r => r.Code == code).Blocking;
    }

    private static List<string> Constants() =>
    [
        .. typeof(UsabilityCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && !f.IsInitOnly && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!),
    ];

    /// <summary>The table rows: <c>| `CODE` | kind | meaning |</c>.</summary>
    private static List<(string Code, string Kind, string Meaning)> Rows() =>
    [
        .. File.ReadLines(ContractFile)
            .Where(line => line.StartsWith("| `", StringComparison.Ordinal))
            .Select(line => line.Split('|', StringSplitOptions.TrimEntries))
            .Select(cells => (cells[1].Trim('`'), cells[2], cells[3])),
    ];

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AmConnector.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No AmConnector.sln above {AppContext.BaseDirectory}.");
    }
}

using System.Reflection;
using System.Text.RegularExpressions;
using AmConnector.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace AmConnector.IntegrationTests.Compliance;

/// <summary>docs/compliance/part11-annex11.md only names tests that exist; it says how many rows have one.</summary>
public sealed partial class ComplianceMatrixTests(ITestOutputHelper output)
{
    [Fact]
    public void Every_test_the_compliance_matrix_names_exists()
    {
        var rows = File.ReadAllLines(RepositoryRoot.Combine("docs", "compliance", "part11-annex11.md"))
            .Where(l => l.StartsWith("| Part 11", StringComparison.Ordinal) || l.StartsWith("| Annex 11", StringComparison.Ordinal))
            .ToList();
        var tests = TestNames();
        var missing = new List<string>();
        var withTest = 0;
        foreach (var row in rows)
        {
            var named = TestReference().Matches(row.Split('|')[^2]).Select(m => m.Groups[1].Value).ToList();
            withTest += named.Count > 0 ? 1 : 0;
            missing.AddRange(named.Where(name => !tests.Contains(name)));
        }

        output.WriteLine($"Compliance matrix: {rows.Count} rows, {withTest} with a test ({100 * withTest / rows.Count} %).");
        Assert.True(rows.Count >= 22, "the matrix covers Part 11 §11.10(a)–(k), 11.50, 11.70, 11.100, 11.200, 11.300 and Annex 11 §4, 7, 8, 9, 12, 14");
        Assert.True(missing.Count == 0, "The compliance matrix names tests that do not exist: " + string.Join(", ", missing));
    }

    /// <summary>"Class.Method" for every test method, and "Class" for every test class, in this project and the unit tests' sources.</summary>
    private static HashSet<string> TestNames()
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var type in typeof(ComplianceMatrixTests).Assembly.GetTypes())
        {
            var methods = type.GetMethods(BindingFlags.Public | BindingFlags.Instance)
                .Where(m => m.GetCustomAttributes<FactAttribute>().Any()).ToList();
            if (methods.Count > 0)
            {
                names.Add(type.Name);
                names.UnionWith(methods.Select(m => $"{type.Name}.{m.Name}"));
            }
        }

        return names;
    }

    [GeneratedRegex("`([A-Za-z0-9_]+(?:\\.[A-Za-z0-9_]+)?)`")]
    private static partial Regex TestReference();
}

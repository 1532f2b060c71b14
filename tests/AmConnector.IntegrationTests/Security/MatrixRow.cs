using AmConnector.IntegrationTests.Infrastructure;

namespace AmConnector.IntegrationTests.Security;

/// <summary>One line of authorization-matrix.txt: a route and what it requires.</summary>
internal sealed record MatrixRow(string Method, string Route, string Requires)
{
    /// <summary>$batch is OData middleware, not an endpoint: it is listed but not in the endpoint data source.</summary>
    public bool IsMiddleware => Route.EndsWith("$batch", StringComparison.Ordinal);

    /// <summary>The OData entity set a route addresses, if any.</summary>
    public string? EntitySet => Route.StartsWith("odata/", StringComparison.Ordinal)
        ? Route["odata/".Length..].Split('(', '/')[0] is { Length: > 0 } set && !set.StartsWith('$') ? set : null
        : null;

    public static IReadOnlyList<MatrixRow> ReadTable() =>
        [.. File.ReadAllLines(RepositoryRoot.Combine("tests", "AmConnector.IntegrationTests", "Security", "authorization-matrix.txt"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(parts => new MatrixRow(parts[0], parts[1], parts[2]))];
}

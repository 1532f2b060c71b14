using Microsoft.AspNetCore.OData.Query;
using Microsoft.OData.UriParser;

namespace AmConnector.OData;

/// <summary>
/// What an OData query's validation depends on besides the model and the settings: the element type,
/// the path without its keys (<c>Suppliers/{key}/Materials</c>), and every raw query option.
/// </summary>
internal sealed record ValidatedQuery(
    Type Type, string Path, string? Filter, string? Apply, string? Compute, string? Search, string? OrderBy, string? Top, string? Skip,
    string? Select, string? Expand, string? Count, string? Format, string? SkipToken, string? DeltaToken)
{
    /// <summary>The shape of <paramref name="query"/>; null when it has no OData path to name it by.</summary>
    public static ValidatedQuery? Of<T>(ODataQueryOptions<T> query)
    {
        if (query.Context.Path is not { } path)
        {
            return null;
        }

        var raw = query.RawValues;
        var template = string.Join('/', path.Select(segment => segment is KeySegment ? "{key}" : segment.Identifier));
        return new ValidatedQuery(
            typeof(T), template, raw.Filter, raw.Apply, raw.Compute, raw.Search, raw.OrderBy, raw.Top, raw.Skip,
            raw.Select, raw.Expand, raw.Count, raw.Format, raw.SkipToken, raw.DeltaToken);
    }
}

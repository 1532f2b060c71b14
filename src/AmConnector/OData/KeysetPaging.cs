using System.Collections;
using System.Linq.Expressions;
using AmConnector.Common;
using Microsoft.AspNetCore.OData.Query;
using Microsoft.AspNetCore.OData.Query.Wrapper;
using Microsoft.EntityFrameworkCore;

namespace AmConnector.OData;

/// <summary>
/// Server-driven paging by key for feeds read in key order: the next link carries
/// <c>$skiptoken=&lt;last Id&gt;</c> and the next page is <c>Id &gt; token</c>, a seek on the primary
/// key. A feed with its own <c>$orderby</c> keeps <c>$skip</c> (its key would be the whole sort key).
/// The change feed's own <c>$skiptoken</c> is only read under <c>Prefer: odata.track-changes</c>,
/// which never reaches this runner.
/// </summary>
internal static class KeysetPaging
{
    public static bool Applies<T>(ODataQueryOptions<T> query) =>
        typeof(AmEntity).IsAssignableFrom(typeof(T)) && query.OrderBy is null;

    /// <summary>
    /// A key is this paging's token; anything else is the change feed's (Data Protection payloads,
    /// far longer than a GUID), which answers a token it did not issue with a 400.
    /// </summary>
    public static bool IsKeyToken(string? token) => Guid.TryParseExact(token, "D", out _);

    /// <summary>The key the page continues after, if the request carries one.</summary>
    public static Guid? After<T>(ODataQueryOptions<T> query) =>
        Guid.TryParseExact(query.RawValues.SkipToken, "D", out var key) ? key : null;

    /// <summary><c>Id &gt; after</c>, as EF translates it (Guid has no &gt; operator; CompareTo becomes a plain comparison in SQL).</summary>
    public static IQueryable<T> Following<T>(IQueryable<T> source, Guid after)
    {
        var row = Expression.Parameter(typeof(T), "row");
        // A captured value rather than a constant, so EF sends a parameter and reuses one plan for every page.
        var key = Expression.Field(Expression.Constant(new KeyHolder(after)), nameof(KeyHolder.Key));
        var compare = Expression.Call(Expression.Property(row, nameof(AmEntity.Id)), typeof(Guid).GetMethod(nameof(Guid.CompareTo), [typeof(Guid)])!, key);
        return source.Where(Expression.Lambda<Func<T, bool>>(Expression.GreaterThan(compare, Expression.Constant(0)), row));
    }

    /// <summary>The key of the page's last row: read from the row itself, or, for a projection without it, by one query for the keys.</summary>
    public static async Task<Guid> LastKeyAsync<T>(IList rows, IQueryable<T> page, CancellationToken cancellationToken)
    {
        switch (rows[^1])
        {
            case AmEntity entity:
                return entity.Id;
            case ISelectExpandWrapper wrapper when wrapper.ToDictionary().TryGetValue(nameof(AmEntity.Id), out var id) && id is Guid key:
                return key;
            default:
                var row = Expression.Parameter(typeof(T), "row");
                var keys = page.Select(Expression.Lambda<Func<T, Guid>>(Expression.Property(row, nameof(AmEntity.Id)), row));
                return (await keys.ToListAsync(cancellationToken))[^1];
        }
    }

    private sealed class KeyHolder(Guid key)
    {
#pragma warning disable SA1401, CA1051 // a field, so the expression reads it as EF reads a captured variable
        public readonly Guid Key = key;
#pragma warning restore SA1401, CA1051
    }
}

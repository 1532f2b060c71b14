using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using AmConnector.Common;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OData.Extensions;
using Microsoft.AspNetCore.OData.Query;
using Microsoft.AspNetCore.OData.Query.Validator;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace AmConnector.OData;

/// <summary>
/// Runs an OData query against EF Core asynchronously. <c>[EnableQuery]</c> enumerates EF
/// queries synchronously and counts with a second synchronous query (AspNetCoreOData #775,
/// #1194), so the hot path applies the query options itself: filter, count, stable order,
/// skip/top with server-driven paging, then select/expand, each translated to SQL.
/// </summary>
internal sealed class ODataQueryRunner(IOptions<AmConnectorOptions> options)
{
    private static readonly MethodInfo ToListMethod =
        typeof(ODataQueryRunner).GetMethod(nameof(ToListAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    private static readonly ConcurrentDictionary<Type, Func<IQueryable, CancellationToken, Task<IList>>> Materializers = new();

    private readonly ODataLimitsOptions _limits = options.Value.OData;

    private static ODataQuerySettings Settings { get; } = new()
    {
        // EF translates null propagation itself; OData's own null checks would only bloat the SQL.
        HandleNullPropagation = HandleNullPropagationOption.False,
        EnableConstantParameterization = true,
        EnsureStableOrdering = true,
    };

    public ODataValidationSettings ValidationSettings => _validationSettings ??= new()
    {
        MaxTop = _limits.MaxTop,
        MaxExpansionDepth = _limits.MaxExpansionDepth,
        MaxNodeCount = _limits.MaxNodeCount,
        MaxAnyAllExpressionDepth = 2,
        MaxOrderByNodeCount = 5,
        AllowedQueryOptions = AllowedQueryOptions.Filter | AllowedQueryOptions.Select | AllowedQueryOptions.Expand |
                              AllowedQueryOptions.OrderBy | AllowedQueryOptions.Count | AllowedQueryOptions.Top |
                              AllowedQueryOptions.Skip | AllowedQueryOptions.Format |
                              // Only the change feed reads them; they are its own opaque tokens (ADR-013).
                              AllowedQueryOptions.SkipToken | AllowedQueryOptions.DeltaToken,
    };

    private const int ValidatedQueryShapes = 4096;

    private ODataValidationSettings? _validationSettings;

    /// <summary>
    /// Query shapes validated before: validation depends only on the raw options, the entity set, the
    /// model and these settings, and costs as much as parsing them again (P3). Bounded, so distinct
    /// queries cannot grow it; a refused query is never kept, so it is refused every time.
    /// </summary>
    private readonly ConcurrentDictionary<ValidatedQuery, bool> _validated = new();

    /// <summary>How many query shapes are remembered as valid (for tests and diagnostics).</summary>
    internal int ValidatedShapes => _validated.Count;

    /// <summary>Validates the options; throws <see cref="Microsoft.OData.ODataException"/> with a readable reason.</summary>
    public void Validate<T>(ODataQueryOptions<T> query)
    {
        var shape = ValidatedQuery.Of(query);
        if (shape is not null && _validated.ContainsKey(shape))
        {
            return;
        }

        query.Validate(ValidationSettings);
        if (shape is not null && _validated.Count < ValidatedQueryShapes)
        {
            _validated.TryAdd(shape, true);
        }
    }

    /// <summary>
    /// One page of results as the action's result: written by the plain feed writer when it can write
    /// it exactly (ADR-018), otherwise typed as OData's serializer expects (entities, or select/expand
    /// wrappers). Sets <c>@odata.count</c> and <c>@odata.nextLink</c> on the request's OData feature.
    /// </summary>
    public async Task<IActionResult> ReadFeedAsync<T>(IQueryable<T> source, ODataQueryOptions<T> query, string entitySet, CancellationToken cancellationToken)
        where T : class
    {
        Validate(query);
        var plain = PlainFeed.PlainFeed.PlanFor(query.Request, query);
        var page = await ReadPageAsync(source, query, plain, cancellationToken);
        return plain is not null && page is IList rows ? new PlainFeed.PlainFeedResult(plain, entitySet, rows) : new OkObjectResult(page);
    }

    /// <summary>
    /// One page of results, typed as OData's serializer expects, or as <paramref name="plain"/> reads it
    /// when it is a projection plan (its own rows, cheaper for EF to materialise than OData's wrappers).
    /// </summary>
    private async Task<object> ReadPageAsync<T>(IQueryable<T> source, ODataQueryOptions<T> query, PlainFeed.PlainFeedPlan? plain, CancellationToken cancellationToken)
        where T : class
    {
        var request = query.Request;
        var feature = request.ODataFeature();

        var filtered = Filter(source, query);

        if (query.Count?.Value == true || request.IsCountRequest())
        {
            feature.TotalCount = await filtered.LongCountAsync(cancellationToken);
            if (request.IsCountRequest())
            {
                return feature.TotalCount.Value;
            }
        }

        // In key order (no $orderby), a page continues after the last key it returned ($skiptoken),
        // so the database seeks to it on the primary key: page 1,000 of a million lots costs what page 1
        // costs, where $skip would read and drop every row before it (docs/performance.md, P2).
        var keyset = KeysetPaging.Applies(query);
        if (keyset && KeysetPaging.After(query) is { } after)
        {
            filtered = KeysetPaging.Following(filtered, after);
        }

        // The caller's $orderby plus the key, so pages never overlap or skip a row.
        var ordered = (IQueryable<T>)query.GenerateStableOrder().ApplyTo(filtered, Settings);

        // $top is the page size, as in Microsoft Graph: a longer result continues at @odata.nextLink
        // with the same $top (ADR-004). Without $top the configured page size applies; a client's
        // Prefer: odata.maxpagesize can only lower either.
        var skip = query.Skip?.Value ?? 0;
        var pageSize = PageSize(query);

        // One row more than the page tells whether a next page exists, in the same command.
        var page = ordered.Skip(skip).Take(pageSize + 1);
        var projected = plain is { IsProjection: true } ? page.Select(plain.Projector<T>()) : SelectExpand(page, query);

        var rows = await Materialize(projected, cancellationToken);
        var hasNextPage = rows.Count > pageSize;
        if (hasNextPage)
        {
            rows.RemoveAt(rows.Count - 1);
        }

        // $top=0 (e.g. for $count alone) is an empty page without a next link, which would only repeat it.
        if (hasNextPage && pageSize > 0)
        {
            feature.NextLink = keyset
                ? NextPageLink(request, "$skiptoken", (plain?.Key is { } key ? (Guid)key.Read(rows[^1]!)! : await KeysetPaging.LastKeyAsync(rows, page.Take(pageSize), cancellationToken)).ToString())
                : NextPageLink(request, "$skip", (skip + pageSize).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return rows;
    }

    /// <summary>$top capped by MaxTop, or the configured page size; a client's Prefer: odata.maxpagesize can only lower either.</summary>
    internal int PageSize<T>(ODataQueryOptions<T> query)
    {
        var pageSize = Math.Min(query.Top?.Value ?? _limits.PageSize, _limits.MaxTop);
        return MaxPageSizePreference(query.Request) is { } preferred ? Math.Min(pageSize, preferred) : pageSize;
    }

    /// <summary>The caller's $filter, translated to SQL.</summary>
    internal static IQueryable<T> Filter<T>(IQueryable<T> source, ODataQueryOptions<T> query) =>
        query.Filter is null ? source : (IQueryable<T>)query.Filter.ApplyTo(source, Settings);

    /// <summary>The single entity with the key, with $select/$expand applied; null when absent.</summary>
    public async Task<object?> ReadOneAsync<T>(IQueryable<T> source, Guid key, ODataQueryOptions<T> query, CancellationToken cancellationToken)
        where T : AmEntity
    {
        return await ReadOneAsync(source.Where(e => e.Id == key), query, cancellationToken);
    }

    /// <summary>The single row of an already keyed query, with $select/$expand applied; null when absent.</summary>
    public async Task<object?> ReadOneAsync<T>(IQueryable<T> keyed, ODataQueryOptions<T> query, CancellationToken cancellationToken)
        where T : class
    {
        Validate(query);
        var one = keyed.Take(1);
        var projected = SelectExpand(one, query);
        var rows = await Materialize(projected, cancellationToken);
        return rows.Count == 0 ? null : rows[0];
    }

    /// <summary>
    /// $select/$expand through ODataQueryOptions.ApplyTo with every other option ignored (already
    /// applied): unlike SelectExpandQueryOption.ApplyTo, it also tells the serializer which
    /// properties the wrappers hold, and processes $levels.
    /// </summary>
    internal static IQueryable SelectExpand<T>(IQueryable<T> page, ODataQueryOptions<T> query) =>
        query.SelectExpand is null ? page : JsonDocumentProjection.Apply(query.ApplyTo(page, ProjectionSettings, AllOptionsButSelectExpand));

    private const AllowedQueryOptions AllOptionsButSelectExpand = AllowedQueryOptions.All & ~(AllowedQueryOptions.Select | AllowedQueryOptions.Expand);

    private static ODataQuerySettings ProjectionSettings { get; } = new()
    {
        HandleNullPropagation = HandleNullPropagationOption.False,
        EnableConstantParameterization = true,
        // The page is already ordered; ordering it again would only nest the SQL.
        EnsureStableOrdering = false,
    };

    internal static Task<IList> Materialize(IQueryable query, CancellationToken cancellationToken) =>
        Materializers.GetOrAdd(
            query.ElementType,
            type => ToListMethod.MakeGenericMethod(type).CreateDelegate<Func<IQueryable, CancellationToken, Task<IList>>>())(
            query, cancellationToken);

    private static async Task<IList> ToListAsync<TElement>(IQueryable query, CancellationToken cancellationToken) =>
        await ((IQueryable<TElement>)query).ToListAsync(cancellationToken);

    private static int? MaxPageSizePreference(HttpRequest request)
    {
        foreach (var prefer in request.Headers["Prefer"])
        {
            foreach (var part in (prefer ?? "").Split(',', StringSplitOptions.TrimEntries))
            {
                var pair = part.Split('=', 2, StringSplitOptions.TrimEntries);
                if (pair.Length == 2 && pair[0].Equals("odata.maxpagesize", StringComparison.OrdinalIgnoreCase) &&
                    int.TryParse(pair[1], System.Globalization.CultureInfo.InvariantCulture, out var size) && size > 0)
                {
                    return size;
                }
            }
        }

        return null;
    }

    private static Uri NextPageLink(HttpRequest request, string option, string value)
    {
        var parameters = QueryHelpers.ParseQuery(request.QueryString.Value);
        // A key continues where the page ended: a $skip of the first request is already behind it.
        parameters.Remove(option == "$skiptoken" ? "$skip" : "$skiptoken");
        parameters[option] = value;
        // A key in the URL is never echoed into a response body; Power BI and Excel add it to each request themselves.
        parameters.Remove(Security.AmConnectorAuthentication.ApiKeyQueryParameter);

        var query = QueryString.Create(parameters.Select(p => new KeyValuePair<string, StringValues>(p.Key, p.Value)));
        return new Uri(UriHelper.BuildAbsolute(request.Scheme, request.Host, request.PathBase, request.Path, query));
    }
}

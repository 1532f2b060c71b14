using AmConnector.AuditTrail;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.OData.Extensions;
using Microsoft.AspNetCore.OData.Query;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Primitives;
using Microsoft.OData;

namespace AmConnector.OData.Delta;

/// <summary>
/// Reads an entity set for a client that tracks changes (ADR-013). The first read and every delta
/// read are windows (after, upTo] over <see cref="ChangeSequence"/>: upTo is the audit chain's end,
/// read before the rows, and pages follow each other by sequence, not by offset, so a change between
/// two pages shifts nothing and lands in the next delta. The last page carries
/// <c>@odata.deltaLink</c>: the same query with a <c>$deltatoken</c> that starts where this read ended.
/// </summary>
internal sealed class ChangeFeed(ODataQueryRunner runner, DeltaTokens tokens)
{
    public const string Preference = "odata.track-changes";

    /// <summary>Whether the request asks for change tracking, or continues a read that did.</summary>
    public static bool IsRequested(HttpRequest request) =>
        // A $skiptoken that is a key belongs to key-order paging (KeysetPaging), not to the change feed.
        request.Query.ContainsKey("$deltatoken") || (request.Query.ContainsKey("$skiptoken") && !KeysetPaging.IsKeyToken(request.Query["$skiptoken"])) ||
        request.Headers["Prefer"].Any(p => (p ?? "").Split(',', StringSplitOptions.TrimEntries)
            .Any(part => part.Equals(Preference, StringComparison.OrdinalIgnoreCase)));

    public async Task<object> ReadPageAsync<T>(
        IQueryable<T> source, ODataQueryOptions<T> query, DbContext db, string entitySet, string? supplier, CancellationToken cancellationToken)
        where T : class
    {
        runner.Validate(query);
        var raw = query.RawValues;
        if (raw.OrderBy is not null || raw.Skip is not null)
        {
            throw new ODataException("$orderby and $skip cannot be combined with odata.track-changes: a change feed is read in change order and continued with @odata.nextLink.");
        }

        if (raw.SkipToken is not null && raw.DeltaToken is not null)
        {
            throw new ODataException("Send either $skiptoken or $deltatoken, as the link returned them.");
        }

        var binding = DeltaTokens.Binding(entitySet, raw, supplier);
        long? after;
        long upTo;
        if (raw.SkipToken is { } skipToken)
        {
            var token = tokens.Read(skipToken, binding);
            (after, upTo) = (token.After, token.UpTo ?? throw new ODataException("The skip token is a delta token; send it as $deltatoken."));
        }
        else
        {
            var token = raw.DeltaToken is { } deltaToken ? tokens.Read(deltaToken, binding) : null;
            if (token?.UpTo is not null)
            {
                throw new ODataException("The delta token is a skip token; send it as $skiptoken.");
            }

            after = token?.After;
            // Read before the rows: every sequence up to the chain's committed end belongs to a committed
            // write, because writers take sequences under the chain-head lock and commit in that order.
            upTo = await db.Set<AuditChainHead>().AsNoTracking()
                .Where(h => h.Id == AuditChainHead.SingletonId).Select(h => h.LastSequence).SingleAsync(cancellationToken);
        }

        var window = ODataQueryRunner.Filter(source, query).Where(e => EF.Property<long>(e, ChangeSequence.Property) <= upTo);
        if (after is { } from)
        {
            window = window.Where(e => EF.Property<long>(e, ChangeSequence.Property) > from);
        }

        var feature = query.Request.ODataFeature();
        if (query.Count?.Value == true)
        {
            feature.TotalCount = await window.LongCountAsync(cancellationToken);
        }

        // The page's last sequence first, then the page up to it: $select may leave the column out of the rows.
        var pageSize = runner.PageSize(query);
        var sequences = await window.OrderBy(e => EF.Property<long>(e, ChangeSequence.Property))
            .Select(e => EF.Property<long>(e, ChangeSequence.Property)).Take(pageSize + 1).ToListAsync(cancellationToken);
        var more = sequences.Count > pageSize;
        var end = more ? sequences[pageSize - 1] : upTo;

        var page = window.Where(e => EF.Property<long>(e, ChangeSequence.Property) <= end)
            .OrderBy(e => EF.Property<long>(e, ChangeSequence.Property)).Take(pageSize);
        var rows = await ODataQueryRunner.Materialize(ODataQueryRunner.SelectExpand(page, query), cancellationToken);

        if (more)
        {
            feature.NextLink = Link(query.Request, "$skiptoken", tokens.Write(new DeltaToken(binding, end, upTo)));
        }
        else
        {
            feature.DeltaLink = Link(query.Request, "$deltatoken", tokens.Write(new DeltaToken(binding, upTo, null)));
        }

        query.Request.HttpContext.Response.Headers["Preference-Applied"] = Preference;
        return rows;
    }

    /// <summary>The request's own query with the one token; never the API key of a URL (Power BI adds it itself).</summary>
    private static Uri Link(HttpRequest request, string name, string token)
    {
        var parameters = QueryHelpers.ParseQuery(request.QueryString.Value);
        parameters.Remove("$skiptoken");
        parameters.Remove("$deltatoken");
        parameters.Remove(Security.AmConnectorAuthentication.ApiKeyQueryParameter);
        parameters[name] = token;
        var query = QueryString.Create(parameters.Select(p => new KeyValuePair<string, StringValues>(p.Key, p.Value)));
        return new Uri(UriHelper.BuildAbsolute(request.Scheme, request.Host, request.PathBase, request.Path, query));
    }
}

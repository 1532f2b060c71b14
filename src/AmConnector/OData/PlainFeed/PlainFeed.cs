using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OData.Edm;
using Microsoft.AspNetCore.OData.Extensions;
using Microsoft.AspNetCore.OData.Query;
using Microsoft.Net.Http.Headers;
using Microsoft.OData.Edm;
using Microsoft.OData.UriParser;

namespace AmConnector.OData.PlainFeed;

/// <summary>
/// When a page of an entity set may be written by <see cref="PlainFeedResult"/> instead of OData's
/// serializer (ADR-018). AmConnector's own serializer rules (proprietary composition lines, a notice's
/// assessment hidden from suppliers) act on complex values and collections, which this writer never
/// takes: a type with one is always OData's. A future rule on a primitive property must be kept here too.
/// </summary>
internal static class PlainFeed
{
    /// <summary>
    /// The plan for the plain case a BI refresh or a LIMS list asks for: entities, or a <c>$select</c>/<c>$expand</c>
    /// of single-valued navigations without options of their own (<see cref="PlainFeedPlan.ForProjection"/>),
    /// minimal metadata as JSON, no preferences, of types whose every written property the writer handles.
    /// Decided before the page is read, because a projection plan projects the page itself
    /// (<see cref="PlainFeedPlan.Projector{T}"/>); null when OData's serializer must write it.
    /// </summary>
    public static PlainFeedPlan? PlanFor<T>(HttpRequest request, ODataQueryOptions<T> options)
    {
        if (options.RawValues.Format is not null || request.IsCountRequest() ||
            request.Headers.ContainsKey("Prefer") || !AcceptsMinimalJson(request) ||
            // The entity set itself, so the plan's type is the page's: not a navigation or a single entity.
            request.ODataFeature().Path is not { Count: 1, FirstSegment: EntitySetSegment { EntitySet: var entitySet } })
        {
            return null;
        }

        var model = request.GetModel();
        return options.SelectExpand is { } selectExpand
            ? PlainFeedPlan.ForProjection(model, entitySet, typeof(T), () => selectExpand.SelectExpandClause, options.RawValues.Select, options.RawValues.Expand)
            : PlainFeedPlan.For(typeof(T), entitySet.EntityType, model.GetConcurrencyProperties(entitySet).OrderBy(p => p.Name, StringComparer.Ordinal));
    }

    /// <summary>No Accept, any JSON, or OData's default JSON: what OData answers with minimal metadata, streamed, in UTF-8.</summary>
    private static bool AcceptsMinimalJson(HttpRequest request)
    {
        var accept = request.Headers.Accept;
        if (accept.Count == 0)
        {
            return true;
        }

        if (!MediaTypeHeaderValue.TryParseList(accept, out var types) || types.Count != 1)
        {
            return false;
        }

        var type = types[0];
        if (!(type.MediaType.Equals("*/*", StringComparison.Ordinal) || type.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        return type.Parameters.All(p =>
            (p.Name.Equals("odata.metadata", StringComparison.OrdinalIgnoreCase) && p.Value.Equals("minimal", StringComparison.OrdinalIgnoreCase)) ||
            (p.Name.Equals("odata.streaming", StringComparison.OrdinalIgnoreCase) && p.Value.Equals("true", StringComparison.OrdinalIgnoreCase)) ||
            (p.Name.Equals("charset", StringComparison.OrdinalIgnoreCase) && p.Value.Equals("utf-8", StringComparison.OrdinalIgnoreCase)));
    }
}

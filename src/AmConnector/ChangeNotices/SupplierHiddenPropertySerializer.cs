using System.Text.RegularExpressions;
using AmConnector.Data;
using Microsoft.AspNetCore.OData.Formatter.Serialization;
using Microsoft.AspNetCore.OData.Query;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OData;
using Microsoft.OData.Edm;

namespace AmConnector.ChangeNotices;

/// <summary>
/// Writes resources as OData does, but a change notice's <see cref="ChangeNotice.Assessment"/> (QA's
/// internal assessment) and <see cref="ChangeNotice.Proposal"/> (the impact on the site's lots,
/// qualifications and risk assessments) as null for a supplier's caller. Applied at serialisation,
/// so it holds for every route that returns a notice: the set, a key, <c>$select</c>, an
/// <c>$expand</c> from a supplier or a material, a batch.
/// </summary>
internal sealed partial class SupplierHiddenPropertySerializer(IODataSerializerProvider serializerProvider)
    : ODataResourceSerializer(serializerProvider)
{
    private static readonly string[] Hidden = [nameof(NoticeAssessment), nameof(ImpactProposal)];

    public override async Task WriteObjectInlineAsync(object graph, IEdmTypeReference expectedType, ODataWriter writer, ODataSerializerContext writeContext)
    {
        if (graph is not null && expectedType?.Definition is IEdmComplexType { Name: var name } && Hidden.Contains(name) &&
            writeContext?.Request?.HttpContext.RequestServices.GetService<IRowScope>() is { IsSupplier: true })
        {
            // As OData writes a null complex value: an empty resource inside the property's nested info.
            await writer.WriteStartAsync((ODataResource)null!);
            await writer.WriteEndAsync();
            return;
        }

        await base.WriteObjectInlineAsync(graph!, expectedType!, writer, writeContext!);
    }

    /// <summary>
    /// A supplier's query that names the hidden properties (in $filter, $orderby, $select, $expand or
    /// $compute, also of an expanded notice) could learn them by elimination: refused.
    /// </summary>
    public static string? Refusal(ODataRawQueryOptions raw) =>
        new[] { raw.Filter, raw.OrderBy, raw.Select, raw.Expand, raw.Compute, raw.Apply }.Any(v => v is not null && HiddenName().IsMatch(v))
            ? $"{nameof(ChangeNotice.Assessment)} and {nameof(ChangeNotice.Proposal)} of a change notice are the site's own evaluation: a supplier's client cannot query them, and reads them as null."
            : null;

    [GeneratedRegex(@"\b(Assessment|Proposal)\b")]
    private static partial Regex HiddenName();
}

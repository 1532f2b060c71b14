using System.Collections;
using AmConnector.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OData.Formatter.Serialization;
using Microsoft.AspNetCore.OData.Formatter.Value;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.OData;
using Microsoft.OData.Edm;

namespace AmConnector.Materials;

/// <summary>
/// Writes collections as OData does, leaving out proprietary composition lines (domain.md §3) for
/// callers without <c>am.write</c>. Applied at serialisation, so it holds for every route that
/// returns a material: the set, a key, an <c>$expand</c> from a lot or a change notice, a batch.
/// </summary>
internal sealed class ProprietaryCompositionSerializer(IODataSerializerProvider serializerProvider)
    : ODataResourceSetSerializer(serializerProvider)
{
    public static bool MaySee(HttpContext context) =>
        Caller.From(context.User, context.RequestServices.GetRequiredService<IOptions<AmConnectorOptions>>().Value.Auth).Has(Scopes.Write);

    public override Task WriteObjectInlineAsync(object graph, IEdmTypeReference expectedType, ODataWriter writer, ODataSerializerContext writeContext)
    {
        if (graph is IEnumerable lines && IsCompositionCollection(expectedType) && writeContext?.Request is { } request && !MaySee(request.HttpContext))
        {
            graph = lines.Cast<object>().Where(line => !IsProprietary(line)).ToList();
        }

        return base.WriteObjectInlineAsync(graph, expectedType, writer, writeContext);
    }

    private static bool IsCompositionCollection(IEdmTypeReference? type) =>
        type is not null && type.IsCollection() && type.AsCollection().ElementType().Definition is IEdmSchemaType { Name: nameof(CompositionLine) };

    /// <summary>A line as stored, or wrapped by OData's $select projection.</summary>
    private static bool IsProprietary(object line) => line switch
    {
        CompositionLine stored => stored.Proprietary,
        IEdmStructuredObject wrapped => wrapped.TryGetPropertyValue(nameof(CompositionLine.Proprietary), out var value) && value is true,
        _ => false,
    };
}

using AmConnector.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OData.Formatter.Serialization;
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

    protected override Task WriteResourceItemAsync(
        object resourceValue, IEdmTypeReference resourceType, IEdmTypeReference parentSetType, ODataWriter writer, ODataSerializerContext writeContext)
    {
        if (resourceValue is CompositionLine { Proprietary: true } && writeContext.Request is { } request && !MaySee(request.HttpContext))
        {
            return Task.CompletedTask;
        }

        return base.WriteResourceItemAsync(resourceValue, resourceType, parentSetType, writer, writeContext);
    }
}

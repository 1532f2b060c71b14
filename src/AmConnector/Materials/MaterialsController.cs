using AmConnector.Data;
using AmConnector.OData;
using Microsoft.AspNetCore.OData.Query;

namespace AmConnector.Materials;

internal sealed class MaterialsController(AmConnectorDbContext db, ODataQueryRunner runner, MaterialWriteRules rules)
    : AmEntitySetController<Material>(db, runner, rules)
{
    protected override string EntitySet => EntitySets.Materials;

    /// <summary>
    /// Proprietary composition lines are hidden from callers without <c>am.write</c> (see
    /// <see cref="ProprietaryCompositionSerializer"/>); filtering or ordering on the composition
    /// would let such a caller probe them, so it is refused.
    /// </summary>
    protected override string? RefuseQuery(ODataQueryOptions<Material> options) =>
        !ProprietaryCompositionSerializer.MaySee(HttpContext) && MentionsComposition(options)
            ? $"{nameof(Material.Composition)} may be used in $filter or $orderby only by callers with the am.write scope."
            : null;

    private static bool MentionsComposition(ODataQueryOptions<Material> options) =>
        new[] { options.Filter?.RawValue, options.OrderBy?.RawValue }
            .Any(raw => raw?.Contains(nameof(Material.Composition), StringComparison.OrdinalIgnoreCase) == true);
}

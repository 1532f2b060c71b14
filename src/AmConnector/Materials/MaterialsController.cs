using AmConnector.Data;
using AmConnector.OData;

namespace AmConnector.Materials;

internal sealed class MaterialsController(AmConnectorDbContext db, ODataQueryRunner runner, MaterialWriteRules rules)
    : AmEntitySetController<Material>(db, runner, rules)
{
    protected override string EntitySet => EntitySets.Materials;
}

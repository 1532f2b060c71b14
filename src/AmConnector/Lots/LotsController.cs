using AmConnector.Data;
using AmConnector.OData;

namespace AmConnector.Lots;

internal sealed class LotsController(AmConnectorDbContext db, ODataQueryRunner runner, LotWriteRules rules)
    : AmEntitySetController<Lot>(db, runner, rules)
{
    protected override string EntitySet => EntitySets.Lots;
}

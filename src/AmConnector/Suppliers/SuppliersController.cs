using AmConnector.Data;
using AmConnector.OData;

namespace AmConnector.Suppliers;

internal sealed class SuppliersController(AmConnectorDbContext db, ODataQueryRunner runner, SupplierWriteRules rules)
    : AmEntitySetController<Supplier>(db, runner, rules)
{
    protected override string EntitySet => EntitySets.Suppliers;
}

using AmConnector.Data;
using AmConnector.OData;

namespace AmConnector.Qualifications;

internal sealed class QualificationsController(AmConnectorDbContext db, ODataQueryRunner runner, QualificationWriteRules rules)
    : AmEntitySetController<Qualification>(db, runner, rules)
{
    protected override string EntitySet => EntitySets.Qualifications;

    /// <summary>The site's own evaluation: a supplier neither sees nor writes it.</summary>
    protected override bool SupplierMayWrite => false;
}

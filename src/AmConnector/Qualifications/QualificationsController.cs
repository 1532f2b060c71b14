using AmConnector.Data;
using AmConnector.OData;

namespace AmConnector.Qualifications;

internal sealed class QualificationsController(AmConnectorDbContext db, ODataQueryRunner runner, QualificationWriteRules rules)
    : AmEntitySetController<Qualification>(db, runner, rules)
{
    protected override string EntitySet => EntitySets.Qualifications;
}

using AmConnector.Data;
using AmConnector.OData;

namespace AmConnector.ChangeNotices;

internal sealed class ChangeNoticesController(AmConnectorDbContext db, ODataQueryRunner runner, ChangeNoticeWriteRules rules)
    : AmEntitySetController<ChangeNotice>(db, runner, rules)
{
    protected override string EntitySet => EntitySets.ChangeNotices;
}

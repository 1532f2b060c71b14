using AmConnector.Data;
using AmConnector.OData;

namespace AmConnector.Risk;

internal sealed class RiskAssessmentsController(AmConnectorDbContext db, ODataQueryRunner runner, RiskAssessmentWriteRules rules)
    : AmEntitySetController<RiskAssessment>(db, runner, rules)
{
    protected override string EntitySet => EntitySets.RiskAssessments;
}

using AmConnector.Data;
using AmConnector.OData;

namespace AmConnector.Risk;

internal sealed class RiskAssessmentsController(AmConnectorDbContext db, ODataQueryRunner runner, RiskAssessmentWriteRules rules)
    : AmEntitySetController<RiskAssessment>(db, runner, rules)
{
    protected override string EntitySet => EntitySets.RiskAssessments;

    /// <summary>The site's own evaluation: a supplier neither sees nor writes it.</summary>
    protected override bool SupplierMayWrite => false;
}

using AmConnector.Data;
using AmConnector.OData;

namespace AmConnector.Certificates;

internal sealed class CertificatesController(AmConnectorDbContext db, ODataQueryRunner runner, CertificateWriteRules rules)
    : AmEntitySetController<Certificate>(db, runner, rules)
{
    protected override string EntitySet => EntitySets.Certificates;
}

using System.Xml.Linq;
using AmConnector.IntegrationTests.Infrastructure;

namespace AmConnector.IntegrationTests.Contracts;

/// <summary>The OData CSDL is a contract with every LIMS and BI tool; it changes only on purpose.</summary>
public sealed class MetadataSnapshotTests(EmptyDatabaseFactory factory) : IClassFixture<EmptyDatabaseFactory>
{
    [Fact]
    public async Task The_live_metadata_matches_the_committed_CSDL()
    {
        var xml = await factory.CreateClientFor(TestClients.Reader).GetStringAsync(new Uri("/odata/$metadata", UriKind.Relative));

        // Pretty-printed so that a contract change reads as a small diff.
        Snapshot.Matches("contracts/odata/AmConnector.csdl.xml", XDocument.Parse(xml).ToString());
    }
}

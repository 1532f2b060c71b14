namespace AmConnector.IntegrationTests.Infrastructure;

/// <summary>The server on a migrated but empty database.</summary>
public sealed class EmptyDatabaseFactory : AmConnectorFactory
{
    protected override bool SeedDemoData => false;
}

using AmConnector.IntegrationTests.Infrastructure;

namespace AmConnector.IntegrationTests.Webhooks.Inbound;

/// <summary>The server acknowledging suppliers' events on store (ADR-020), on its own database.</summary>
public sealed class OnStoreFactory : AmConnectorFactory
{
    protected override IEnumerable<KeyValuePair<string, string>> Settings =>
        [new("AmConnector:SupplierWebhooks:Acknowledge", "OnStore")];
}

/// <summary>A server on a folder the test owns, so one can stop and another start on the same data.</summary>
public sealed class SameFolderInboundFactory(string folder, string acknowledge) : AmConnectorFactory(folder)
{
    protected override bool OwnsFolder => false;

    protected override IEnumerable<KeyValuePair<string, string>> Settings =>
        [new("AmConnector:SupplierWebhooks:Acknowledge", acknowledge)];
}

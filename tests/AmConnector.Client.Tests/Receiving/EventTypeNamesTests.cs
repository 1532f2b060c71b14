using System.Reflection;
using AmConnector.Client.Receiving;
using AmConnector.Contracts.Events;

namespace AmConnector.Client.Tests.Receiving;

/// <summary>
/// The SDK and the plugin name every event type as AmConnector.Contracts does: none is missing from
/// either side, none is added to one alone, and each constant is the contract's.
/// </summary>
public sealed class EventTypeNamesTests
{
    [Fact]
    public void The_SDK_and_the_plugin_know_exactly_the_host_event_types_of_the_contracts()
    {
        var contract = Names(typeof(HostEventTypes));

        Assert.Equal(contract, Names(typeof(AmConnectorEventTypes)));
        Assert.Equal(contract.Values.Order(StringComparer.Ordinal), AmConnector.Outbox.EventTypes.All.Order(StringComparer.Ordinal));
        Assert.Equal(contract, Names(typeof(AmConnector.Outbox.EventTypes)));
    }

    [Fact]
    public void The_SDK_and_the_plugin_know_exactly_the_supplier_event_types_of_the_contracts()
    {
        var contract = Names(typeof(AmConnector.Contracts.Events.SupplierEventTypes));

        Assert.Equal(contract, Names(typeof(AmConnector.Client.Suppliers.SupplierEventTypes)));
        Assert.Equal(contract.Values.Order(StringComparer.Ordinal), AmConnector.Webhooks.Inbound.InboundEventTypes.All.Order(StringComparer.Ordinal));
        Assert.Equal(contract, Names(typeof(AmConnector.Webhooks.Inbound.InboundEventTypes)));
    }

    private static SortedDictionary<string, string> Names(Type type) => new(
        type.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .ToDictionary(f => f.Name, f => (string)f.GetRawConstantValue()!),
        StringComparer.Ordinal);
}

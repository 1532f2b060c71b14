using System.Text.Json;
using AmConnector.Client.Receiving;
using AmConnector.Client.Suppliers;
using AmConnector.Client.Tests.Infrastructure;

namespace AmConnector.Client.Tests.Receiving;

/// <summary>
/// The SDK's event records against contracts/events: every outbound type has a record, and each
/// schema's example parses into it (the parser would otherwise fall back to raw JSON without a word).
/// </summary>
public sealed class EventContractTests
{
    private static readonly JsonSerializerOptions Strict = new(AmConnector.Client.Json.ClientJsonContext.Default.Options)
    {
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };

    private static readonly string[] Inbound =
    [
        SupplierEventTypes.ChangeNoticePublished, SupplierEventTypes.ChangeNoticeRevised, SupplierEventTypes.ChangeNoticeWithdrawn,
        SupplierEventTypes.CoaIssued, SupplierEventTypes.LotRecalled, SupplierEventTypes.ProductInformationUpdated, SupplierEventTypes.Test,
    ];

    public static TheoryData<string> OutboundTypes()
    {
        var data = new TheoryData<string>();
        foreach (var type in SchemaTypes().Except(Inbound, StringComparer.Ordinal))
        {
            data.Add(type);
        }

        return data;
    }

    [Fact]
    public void Every_outbound_type_of_the_contracts_has_a_record_and_nothing_else_does()
    {
        Assert.Equal(
            SchemaTypes().Except(Inbound, StringComparer.Ordinal).Order(StringComparer.Ordinal),
            EventDataParser.KnownTypes.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(OutboundTypes))]
    public void The_schema_example_parses_into_the_types_record(string type)
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(RepositoryRoot.Combine("contracts", "events", type + ".schema.json")));

        foreach (var example in schema.RootElement.GetProperty("examples").EnumerateArray())
        {
            var parsed = EventDataParser.Parse(type, example);

            Assert.IsNotType<JsonElement>(parsed);
            // Strictly once more: every non-nullable member present and not null, as the record promises.
            Assert.NotNull(example.Deserialize(parsed.GetType(), Strict));
        }
    }

    private static IEnumerable<string> SchemaTypes() =>
        Directory.GetFiles(RepositoryRoot.Combine("contracts", "events"), "*.schema.json")
            .Select(f => Path.GetFileName(f)[..^".schema.json".Length]);
}

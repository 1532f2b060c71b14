using System.Text.Json;
using System.Text.Json.Serialization;

namespace AmConnector.BulkData.Columns;

/// <summary>The JSON form of list cells; one instance, so its metadata cache is shared.</summary>
internal static class JsonCells
{
    public static readonly JsonSerializerOptions Options = new()
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        Converters = { new JsonStringEnumConverter(allowIntegerValues: false) },
    };
}

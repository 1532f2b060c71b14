using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AmConnector.Data;

/// <summary>
/// A small list of value objects (composition lines, certifications, document references) kept as
/// one JSON text column. Not EF's owned-JSON mapping: OData's <c>$select</c> of such a collection
/// projects each element, which EF can only translate with SQL APPLY (absent on SQLite) — as a
/// converted column it is read whole and shaped in the final projection. Filtering into the
/// elements is therefore not translatable, and is refused as a bad query.
/// </summary>
internal static class JsonDocumentColumn
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.General)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static PropertyBuilder<List<T>> IsJsonDocument<T>(this PropertyBuilder<List<T>> property)
    {
        property.HasConversion(
            value => JsonSerializer.Serialize(value, Json),
            text => JsonSerializer.Deserialize<List<T>>(text, Json) ?? new List<T>(),
            new ValueComparer<List<T>>(
                (a, b) => Serialize(a) == Serialize(b),
                value => Serialize(value).GetHashCode(StringComparison.Ordinal),
                value => JsonSerializer.Deserialize<List<T>>(Serialize(value), Json)!));
        property.IsRequired();
        property.Metadata.SetMaxLength(null);
        return property;
    }

    private static string Serialize<T>(List<T>? value) => JsonSerializer.Serialize(value, Json);
}

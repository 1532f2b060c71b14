using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AmConnector.Data;

internal static class LongText
{
    /// <summary>
    /// Descriptions, rationales and payloads: unbounded (nvarchar(max) / TEXT), never indexed.
    /// Undoes the 256-character default that every other string gets.
    /// </summary>
    public static PropertyBuilder<string?> IsLongText(this PropertyBuilder<string?> property)
    {
        property.Metadata.SetMaxLength(null);
        return property;
    }
}

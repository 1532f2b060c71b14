using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using Microsoft.OData.Edm;

namespace AmConnector.OData.PlainFeed;

/// <summary>
/// How <see cref="PlainFeedResult"/> writes one entity type: its structural properties in the model's
/// order, each with a compiled getter and how its value is written. <c>null</c> for a type with a
/// property this writer does not handle (complex, collection, floating point, binary, time, flags):
/// such a type is always written by OData's serializer.
/// </summary>
internal sealed class PlainFeedPlan
{
    private static readonly ConcurrentDictionary<(Type Clr, IEdmEntityType Edm), PlainFeedPlan?> Plans = new();

    private PlainFeedPlan(IReadOnlyList<Property> properties, IReadOnlyList<Property> concurrency)
    {
        Properties = properties;
        Concurrency = concurrency;
    }

    public IReadOnlyList<Property> Properties { get; }

    /// <summary>The properties of the ETag, in the order OData's serializer gives them to the ETag handler.</summary>
    public IReadOnlyList<Property> Concurrency { get; }

    public static PlainFeedPlan? For(Type clrType, IEdmEntityType edmType, IEnumerable<IEdmStructuralProperty> concurrency) =>
        Plans.GetOrAdd((clrType, edmType), key => Build(key.Clr, key.Edm, concurrency));

    private static PlainFeedPlan? Build(Type clrType, IEdmEntityType edmType, IEnumerable<IEdmStructuralProperty> concurrency)
    {
        if (edmType.IsOpen)
        {
            return null;
        }

        var properties = new List<Property>();
        foreach (var edm in edmType.StructuralProperties())
        {
            var kind = KindOf(edm.Type);
            var clr = clrType.GetProperty(edm.Name, BindingFlags.Public | BindingFlags.Instance);
            if (kind is null || clr?.GetMethod is null)
            {
                return null;
            }

            properties.Add(new Property(edm.Name, kind.Value, Getter(clrType, clr)));
        }

        return new PlainFeedPlan(properties, [.. concurrency.Select(c => properties.Single(p => p.Name == c.Name))]);
    }

    private static ValueKind? KindOf(IEdmTypeReference type) => type switch
    {
        _ when type.IsCollection() => null,
        _ when type.IsEnum() => type.Definition is IEdmEnumType { IsFlags: false } ? ValueKind.Enum : null,
        _ when type.IsPrimitive() => type.AsPrimitive().PrimitiveKind() switch
        {
            EdmPrimitiveTypeKind.String => ValueKind.String,
            EdmPrimitiveTypeKind.Guid => ValueKind.Guid,
            EdmPrimitiveTypeKind.Boolean => ValueKind.Boolean,
            EdmPrimitiveTypeKind.Int16 or EdmPrimitiveTypeKind.Int32 or EdmPrimitiveTypeKind.Int64 or EdmPrimitiveTypeKind.Byte => ValueKind.Integer,
            EdmPrimitiveTypeKind.Decimal => ValueKind.Decimal,
            EdmPrimitiveTypeKind.Date => ValueKind.Date,
            EdmPrimitiveTypeKind.DateTimeOffset => ValueKind.DateTimeOffset,
            _ => null,
        },
        _ => null,
    };

    private static Func<object, object?> Getter(Type clrType, PropertyInfo property)
    {
        var entity = Expression.Parameter(typeof(object));
        var read = Expression.Property(Expression.Convert(entity, clrType), property);
        return Expression.Lambda<Func<object, object?>>(Expression.Convert(read, typeof(object)), entity).Compile();
    }

    internal enum ValueKind
    {
        String,
        Guid,
        Boolean,
        Integer,
        Decimal,
        Date,
        DateTimeOffset,
        Enum,
    }

    internal sealed record Property(string Name, ValueKind Kind, Func<object, object?> Read);
}

using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using Microsoft.AspNetCore.OData.Edm;
using Microsoft.AspNetCore.OData.Formatter.Value;
using Microsoft.OData.Edm;
using Microsoft.OData.UriParser;

namespace AmConnector.OData.PlainFeed;

/// <summary>
/// How <see cref="PlainFeedResult"/> writes one entity type: its structural properties in the model's
/// order, each with a compiled getter and how its value is written. <c>null</c> for a type with a
/// property this writer does not handle (complex, collection, floating point, binary, time, flags):
/// such a type is always written by OData's serializer. A <c>$select</c>/<c>$expand</c> page has a
/// plan of its own, which reads OData's projection wrappers and names the projection in the context URL.
/// </summary>
internal sealed class PlainFeedPlan
{
    private static readonly ConcurrentDictionary<(Type Clr, IEdmEntityType Edm), PlainFeedPlan?> Plans = new();

    private static readonly ConcurrentDictionary<(string Source, string? Select, string? Expand), PlainFeedPlan?> Projections = new();

    private PlainFeedPlan(IReadOnlyList<Property> properties, IReadOnlyList<Property> concurrency, IReadOnlyList<Expansion> expanded, string? projection)
    {
        Properties = properties;
        Concurrency = concurrency;
        Expanded = expanded;
        Projection = projection;
    }

    public IReadOnlyList<Property> Properties { get; }

    /// <summary>The properties of the ETag, in the order OData's serializer gives them to the ETag handler.</summary>
    public IReadOnlyList<Property> Concurrency { get; }

    /// <summary>Expanded single-valued navigation properties, written after the properties as OData writes them.</summary>
    public IReadOnlyList<Expansion> Expanded { get; }

    /// <summary>The <c>$select</c>/<c>$expand</c> part of the context URL, e.g. <c>Material(Name,Supplier(Code))</c>; null for whole entities.</summary>
    public string? Projection { get; }

    /// <summary>
    /// The plan for a page projected by <c>$select</c>/<c>$expand</c>, when every level is entities of
    /// supported properties: a list of primitive properties (or all), and single-valued navigation
    /// properties expanded with no options of their own but <c>$select</c> and <c>$expand</c>.
    /// </summary>
    public static PlainFeedPlan? ForProjection(IEdmModel model, IEdmNavigationSource source, SelectExpandClause clause, string? select, string? expand) =>
        Projections.GetOrAdd((source.Name, select, expand), _ => BuildProjection(model, source, clause));

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

        return new PlainFeedPlan(properties, [.. concurrency.Select(c => properties.Single(p => p.Name == c.Name))], [], null);
    }

    private static PlainFeedPlan? BuildProjection(IEdmModel model, IEdmNavigationSource source, SelectExpandClause? clause)
    {
        var type = source.EntityType;
        if (type.IsOpen)
        {
            return null;
        }

        var selected = new HashSet<string>(StringComparer.Ordinal);
        var expanded = new List<Expansion>();
        // The context URL names the selected properties first, then the expansions.
        var names = new List<string>();
        var expansions = new List<string>();
        foreach (var item in clause?.SelectedItems ?? [])
        {
            switch (item)
            {
                case PathSelectItem { SelectedPath: { Count: 1 } path } select when path.FirstSegment is PropertySegment { Property: var property } &&
                    select.FilterOption is null && select.OrderByOption is null && select.TopOption is null && select.SkipOption is null &&
                    select.CountOption is null && select.SearchOption is null && select.ComputeOption is null &&
                    (select.SelectAndExpand is null || !select.SelectAndExpand.SelectedItems.Any()):
                    selected.Add(property.Name);
                    names.Add(property.Name);
                    break;
                case ExpandedNavigationSelectItem { PathToNavigationProperty: { Count: 1 } path } expand
                    when path.FirstSegment is NavigationPropertySegment { NavigationProperty: { } navigation } &&
                         !navigation.Type.IsCollection() && expand.NavigationSource is { } target &&
                         expand.FilterOption is null && expand.OrderByOption is null && expand.TopOption is null && expand.SkipOption is null &&
                         expand.CountOption is null && expand.LevelsOption is null && expand.SearchOption is null && expand.ComputeOption is null &&
                         expand.ApplyOption is null:
                    if (BuildProjection(model, target, expand.SelectAndExpand) is not { } nested)
                    {
                        return null;
                    }

                    expanded.Add(new Expansion(Wrapped(navigation.Name, ValueKind.String), nested));
                    expansions.Add(nested.Projection is { } inner ? $"{navigation.Name}({inner})" : $"{navigation.Name}()");
                    break;
                default:
                    return null;
            }
        }

        var all = clause is null || clause.AllSelected;
        var properties = new List<Property>();
        foreach (var edm in type.StructuralProperties())
        {
            if (!all && !selected.Contains(edm.Name))
            {
                continue;
            }

            if (KindOf(edm.Type) is not { } kind)
            {
                return null;
            }

            properties.Add(Wrapped(edm.Name, kind));
        }

        var concurrency = model.GetConcurrencyProperties(source).OrderBy(p => p.Name, StringComparer.Ordinal)
            .Select(p => Wrapped(p.Name, KindOf(p.Type) ?? ValueKind.String)).ToList();
        var projection = names.Concat(expansions).ToList();
        return new PlainFeedPlan(properties, concurrency, expanded, projection.Count == 0 ? null : string.Join(',', projection));
    }

    /// <summary>A property read from OData's projection wrapper, which holds what was selected and what the ETag needs.</summary>
    private static Property Wrapped(string name, ValueKind kind) =>
        new(name, kind, row => ((IEdmStructuredObject)row).TryGetPropertyValue(name, out var value) ? value : null);

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

    internal sealed record Expansion(Property Navigation, PlainFeedPlan Plan);
}

using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using Microsoft.AspNetCore.OData.Edm;
using Microsoft.OData.Edm;
using Microsoft.OData.UriParser;

namespace AmConnector.OData.PlainFeed;

/// <summary>
/// How <see cref="PlainFeedResult"/> writes one entity type: its structural properties in the model's
/// order, each with a compiled getter and how its value is written. <c>null</c> for a type with a
/// property this writer does not handle (complex, collection, floating point, binary, time, flags):
/// such a type is always written by OData's serializer. A <c>$select</c>/<c>$expand</c> page has a
/// plan of its own: it projects the page into its own rows (<see cref="Projector{T}"/>) and names the
/// projection in the context URL.
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
    /// <remarks>The clause is only parsed for a projection not seen before: the raw options name the plan.</remarks>
    public static PlainFeedPlan? ForProjection(IEdmModel model, IEdmNavigationSource source, Type clrType, Func<SelectExpandClause> clause, string? select, string? expand) =>
        Projections.GetOrAdd((source.Name, select, expand), _ => BuildProjection(model, source, clrType, clause()));

    /// <summary>
    /// For a projection plan, the query's own projection of a page into the rows this plan reads:
    /// <c>e =&gt; new object[] { e.Name, e.Id, e.Material == null ? null : new object[] { ... } }</c>. EF
    /// materialises these arrays far more cheaply than OData's nested projection wrappers (P3).
    /// </summary>
    public Expression<Func<T, object?[]>> Projector<T>()
    {
        return (Expression<Func<T, object?[]>>)(projector ??= Build());

        LambdaExpression Build()
        {
            var entity = Expression.Parameter(typeof(T), "e");
            return Expression.Lambda<Func<T, object?[]>>(Row!(entity), entity);
        }
    }

    private LambdaExpression? projector;

    /// <summary>A projection row's key, for the next link; null for whole entities.</summary>
    public Property? Key { get; private init; }

    /// <summary>Builds a projection row from an expression for the entity; null for whole entities.</summary>
    private Func<Expression, Expression>? Row { get; init; }

    /// <summary>Whether the rows are this plan's own projection rather than entities.</summary>
    public bool IsProjection => Row is not null;

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

    private static PlainFeedPlan? BuildProjection(IEdmModel model, IEdmNavigationSource source, Type clrType, SelectExpandClause? clause)
    {
        var type = source.EntityType;
        if (type.IsOpen)
        {
            return null;
        }

        var selected = new HashSet<string>(StringComparer.Ordinal);
        var expansions = new List<(PropertyInfo Navigation, PlainFeedPlan Plan)>();
        // The context URL names the selected properties first, then the expansions.
        var names = new List<string>();
        var expansionNames = new List<string>();
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
                    if (ClrProperty(clrType, navigation.Name) is not { } clrNavigation ||
                        BuildProjection(model, target, clrNavigation.PropertyType, expand.SelectAndExpand) is not { } nested)
                    {
                        return null;
                    }

                    expansions.Add((clrNavigation, nested));
                    expansionNames.Add(nested.Projection is { } inner ? $"{navigation.Name}({inner})" : $"{navigation.Name}()");
                    break;
                default:
                    return null;
            }
        }

        // Each row is an object?[]: the written properties, the ETag's, and the keys (for the next link's
        // $skiptoken), each once, then one slot per expansion holding the related row's array or null.
        var slots = new List<PropertyInfo>();
        Property? Slot(string name, ValueKind kind)
        {
            if (ClrProperty(clrType, name) is not { } clr)
            {
                return null;
            }

            var index = slots.IndexOf(clr);
            if (index < 0)
            {
                index = slots.Count;
                slots.Add(clr);
            }

            return new Property(name, kind, row => ((object?[])row)[index]);
        }

        var all = clause is null || clause.AllSelected;
        var properties = new List<Property>();
        foreach (var edm in type.StructuralProperties())
        {
            if (!all && !selected.Contains(edm.Name))
            {
                continue;
            }

            if (KindOf(edm.Type) is not { } kind || Slot(edm.Name, kind) is not { } property)
            {
                return null;
            }

            properties.Add(property);
        }

        var concurrency = new List<Property>();
        foreach (var edm in model.GetConcurrencyProperties(source).OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            if (Slot(edm.Name, KindOf(edm.Type) ?? ValueKind.String) is not { } property)
            {
                return null;
            }

            concurrency.Add(property);
        }

        var keys = type.Key().ToList();
        if (keys.Count != 1 || Slot(keys[0].Name, KindOf(keys[0].Type) ?? ValueKind.String) is not { } key)
        {
            return null;
        }

        var expanded = expansions.Select((e, i) =>
        {
            var index = slots.Count + i;
            return new Expansion(new Property(e.Navigation.Name, ValueKind.String, row => ((object?[])row)[index]), e.Plan);
        }).ToList();

        var projection = names.Concat(expansionNames).ToList();
        return new PlainFeedPlan(properties, concurrency, expanded, projection.Count == 0 ? null : string.Join(',', projection))
        {
            Key = key,
            Row = entity => Expression.NewArrayInit(
                typeof(object),
                slots.Select(clr => (Expression)Expression.Convert(Expression.Property(entity, clr), typeof(object)))
                    .Concat(expansions.Select(e =>
                    {
                        var related = Expression.Property(entity, e.Navigation);
                        return (Expression)Expression.Condition(
                            Expression.Equal(related, Expression.Constant(null, related.Type)),
                            Expression.Constant(null, typeof(object)),
                            Expression.Convert(e.Plan.Row!(related), typeof(object)));
                    }))),
        };
    }

    private static PropertyInfo? ClrProperty(Type clrType, string name) =>
        clrType.GetProperty(name, BindingFlags.Public | BindingFlags.Instance) is { GetMethod: not null } property ? property : null;

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

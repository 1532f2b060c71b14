using System.Linq.Expressions;
using System.Reflection;
using Microsoft.AspNetCore.OData.Query.Expressions;
using Microsoft.OData.Edm;
using Microsoft.OData.UriParser;

namespace AmConnector.OData;

/// <summary>
/// OData's $select/$expand binder, with one change: a complex collection (composition lines,
/// certifications, supporting documents, each one JSON column, see JsonDocumentColumn) is marked
/// with <see cref="AsRead{T}"/>, so that <see cref="JsonDocumentProjection"/> can move OData's
/// per-element wrapping, which EF cannot translate, to the client side of the projection.
/// </summary>
internal sealed class JsonDocumentSelectExpandBinder(IFilterBinder filterBinder, IOrderByBinder orderByBinder)
    : SelectExpandBinder(filterBinder, orderByBinder)
{
    private static readonly MethodInfo AsReadMethod =
        typeof(JsonDocumentSelectExpandBinder).GetMethod(nameof(AsRead), BindingFlags.NonPublic | BindingFlags.Static)!;

    public override Expression CreatePropertyValueExpression(QueryBinderContext context, IEdmStructuredType elementType,
        IEdmProperty edmProperty, Expression source, FilterClause filterClause, ComputeClause? computeClause = null, SearchClause? search = null)
    {
        var value = base.CreatePropertyValueExpression(context, elementType, edmProperty, source, filterClause, computeClause, search);
        return edmProperty is { PropertyKind: EdmPropertyKind.Structural, Type: var type } && type.IsCollection() &&
               type.AsCollection().ElementType().IsComplex() && value.Type.IsGenericType && value.Type.GetGenericTypeDefinition() == typeof(List<>)
            ? Expression.Call(AsReadMethod.MakeGenericMethod(value.Type.GetGenericArguments()[0]), value)
            : value;
    }

    /// <summary>Identity: a marker for <see cref="JsonDocumentProjection"/>.</summary>
    internal static List<T> AsRead<T>(List<T> value) => value;

    internal static bool IsAsRead(Expression expression) =>
        expression is MethodCallExpression { Method.IsGenericMethod: true } call && call.Method.GetGenericMethodDefinition() == AsReadMethod;
}

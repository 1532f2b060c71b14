using System.Linq.Expressions;
using AmConnector.Lots;
using Microsoft.AspNetCore.OData.Query.Expressions;
using Microsoft.OData;
using Microsoft.OData.Edm;
using Microsoft.OData.UriParser;

namespace AmConnector.OData;

/// <summary>
/// OData's $filter binder with two changes that let the database use its indexes (docs/performance.md, P3):
/// <list type="number">
/// <item>A comparison of an <c>Edm.Date</c> property with a date literal is a plain comparison of the
/// <see cref="DateOnly"/> values. OData's own binder compares <c>year*10000 + month*100 + day</c> of each
/// side, which EF translates into strftime arithmetic that no index can serve.</item>
/// <item>On Lots, <c>Status eq 'Released'</c> (or <c>'ConditionallyReleased'</c>) reads the view's
/// computed effective status, which is Expired once the expiry date has passed. The binder adds the
/// conditions that are already implied: the same stored status (<see cref="LotStoredStatus"/>), and,
/// when the filter also bounds <c>ExpiresOn</c> by a date (so a lot without one cannot match anyway),
/// <c>ExpiresOn &gt;= today</c>, with today taken in the database as the view takes it. The database
/// then reads the (Status, ExpiresOn) index from today on instead of every lot in the date range, or
/// every lot that ever expired. The result is the same; only the plan changes.</item>
/// </list>
/// </summary>
internal sealed class IndexFriendlyFilterBinder : FilterBinder
{
    public override Expression BindBinaryOperatorNode(BinaryOperatorNode binaryOperatorNode, QueryBinderContext context)
    {
        if (Comparison(binaryOperatorNode.OperatorKind) is { } kind &&
            Unwrap(binaryOperatorNode.Left) is SingleValuePropertyAccessNode property && property.TypeReference?.IsDate() == true &&
            DateLiteral(binaryOperatorNode.Right) is { } date)
        {
            var left = Bind(property, context);
            return Expression.MakeBinary(kind, left, Parameter(date, left.Type));
        }

        return base.BindBinaryOperatorNode(binaryOperatorNode, context);
    }

    public override Expression BindFilter(FilterClause filterClause, QueryBinderContext context)
    {
        var bound = base.BindFilter(filterClause, context);
        if (bound is not LambdaExpression { Parameters: [var lot] } lambda || lot.Type != typeof(Lot))
        {
            return bound;
        }

        var conjuncts = Conjuncts(filterClause.Expression).ToList();
        var released = conjuncts.Select(ReleasedStatus).OfType<LotStatus>().Distinct().ToList();
        if (released.Count == 0)
        {
            return bound;
        }

        // The stored status too: implied by the effective one, and what the (Status, ExpiresOn) index holds.
        var body = lambda.Body;
        foreach (var status in released)
        {
            var stored = Expression.Call(typeof(LotStoredStatus).GetMethod(nameof(LotStoredStatus.Of))!, Expression.Property(lot, nameof(Lot.Status)));
            body = Expression.AndAlso(body, Expression.Equal(stored, Expression.Constant(status)));
        }

        if (conjuncts.Any(BoundsExpiry))
        {
            // ExpiresOn >= date('now' in the database): the view's CASE uses the database's today as well.
            var expires = Expression.Property(lot, nameof(Lot.ExpiresOn));
            var today = Expression.Convert(
                Expression.Call(typeof(DateOnly).GetMethod(nameof(DateOnly.FromDateTime), [typeof(DateTime)])!, Expression.Property(null, typeof(DateTime), nameof(DateTime.UtcNow))),
                typeof(DateOnly?));
            body = Expression.AndAlso(body, Expression.GreaterThanOrEqual(expires, today));
        }

        return Expression.Lambda(body, lot);
    }

    private static IEnumerable<SingleValueNode> Conjuncts(SingleValueNode node) =>
        Unwrap(node) is BinaryOperatorNode { OperatorKind: BinaryOperatorKind.And } and
            ? Conjuncts(and.Left).Concat(Conjuncts(and.Right))
            : [node];

    /// <summary>The status of <c>Status eq 'Released'</c> or <c>'ConditionallyReleased'</c> on the lot itself, or null.</summary>
    private static LotStatus? ReleasedStatus(SingleValueNode node) =>
        Unwrap(node) is BinaryOperatorNode { OperatorKind: BinaryOperatorKind.Equal } equal &&
        OnTheLot(equal.Left, nameof(Lot.Status)) &&
        EnumLiteral(equal.Right) is LotStatus.Released or LotStatus.ConditionallyReleased
            ? EnumLiteral(equal.Right)
            : null;

    /// <summary><c>ExpiresOn</c> of the lot itself compared with a date: true only for a lot that has one.</summary>
    private static bool BoundsExpiry(SingleValueNode node) =>
        Unwrap(node) is BinaryOperatorNode comparison && Comparison(comparison.OperatorKind) is not null &&
        OnTheLot(comparison.Left, nameof(Lot.ExpiresOn)) && DateLiteral(comparison.Right) is not null;

    private static bool OnTheLot(SingleValueNode node, string propertyName) =>
        Unwrap(node) is SingleValuePropertyAccessNode { Source: ResourceRangeVariableReferenceNode } property && property.Property.Name == propertyName;

    private static ExpressionType? Comparison(BinaryOperatorKind kind) => kind switch
    {
        BinaryOperatorKind.Equal => ExpressionType.Equal,
        BinaryOperatorKind.NotEqual => ExpressionType.NotEqual,
        BinaryOperatorKind.LessThan => ExpressionType.LessThan,
        BinaryOperatorKind.LessThanOrEqual => ExpressionType.LessThanOrEqual,
        BinaryOperatorKind.GreaterThan => ExpressionType.GreaterThan,
        BinaryOperatorKind.GreaterThanOrEqual => ExpressionType.GreaterThanOrEqual,
        _ => null,
    };

    private static DateOnly? DateLiteral(SingleValueNode node) => Unwrap(node) is ConstantNode { Value: var value } ? value switch
    {
        Date date => new DateOnly(date.Year, date.Month, date.Day),
        DateOnly dateOnly => dateOnly,
        _ => null,
    } : null;

    /// <summary>The status a literal names: by name in any case (the resolver is case-insensitive) or by number.</summary>
    private static LotStatus? EnumLiteral(SingleValueNode node)
    {
        if (Unwrap(node) is not ConstantNode { Value: { } value })
        {
            return null;
        }

        var text = value is ODataEnumValue enumValue ? enumValue.Value : value.ToString();
        return Enum.TryParse<LotStatus>(text?.Trim('\''), ignoreCase: true, out var status) ? status : null;
    }

    private static SingleValueNode Unwrap(SingleValueNode node) => node is ConvertNode convert ? Unwrap(convert.Source) : node;

    /// <summary>The literal as a captured value, so EF sends it as a parameter and caches one plan for every date.</summary>
    private static Expression Parameter(DateOnly value, Type type)
    {
        var holder = Expression.Constant(new DateHolder(value));
        Expression read = Expression.Field(holder, nameof(DateHolder.Value));
        return type == typeof(DateOnly) ? read : Expression.Convert(read, type);
    }

    private sealed class DateHolder(DateOnly value)
    {
#pragma warning disable SA1401, CA1051 // a field, so the expression reads it as EF reads a captured variable
        public readonly DateOnly Value = value;
#pragma warning restore SA1401, CA1051
    }
}

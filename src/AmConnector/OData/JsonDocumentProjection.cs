using System.Linq.Expressions;
using System.Reflection;

namespace AmConnector.OData;

/// <summary>
/// Rewrites OData's projection of a JSON-column collection, <c>AsRead(m.Composition).Select(x =&gt; wrapper)</c>,
/// into <c>SelectInMemory(m.Composition, compiledWrapper)</c>: EF selects the column and runs a
/// method it does not know on the client, where the wrapping is plain LINQ to objects.
/// </summary>
internal sealed class JsonDocumentProjection : ExpressionVisitor
{
    private static readonly MethodInfo SelectInMemoryMethod =
        typeof(JsonDocumentProjection).GetMethod(nameof(SelectInMemory), BindingFlags.NonPublic | BindingFlags.Static)!;

    public static IQueryable Apply(IQueryable query)
    {
        var rewritten = new JsonDocumentProjection().Visit(query.Expression);
        return rewritten == query.Expression ? query : query.Provider.CreateQuery(rewritten);
    }

    protected override Expression VisitMethodCall(MethodCallExpression node)
    {
        if (node.Method is { Name: nameof(Enumerable.Select), IsGenericMethod: true } && node.Method.DeclaringType == typeof(Enumerable) &&
            node.Arguments is [var source, LambdaExpression { Parameters.Count: 1 } selector] && JsonDocumentSelectExpandBinder.IsAsRead(source))
        {
            var types = node.Method.GetGenericArguments();
            // The compiled selector travels as a captured variable, which EF turns into a query
            // parameter (a constant delegate in a client projection is refused: it would be cached).
            var captured = Activator.CreateInstance(typeof(Captured<>).MakeGenericType(selector.Type), selector.Compile())!;
            return Expression.Call(
                SelectInMemoryMethod.MakeGenericMethod(types),
                ((MethodCallExpression)source).Arguments[0],
                Expression.Field(Expression.Constant(captured), nameof(Captured<object>.Value)));
        }

        return base.VisitMethodCall(node);
    }

    private static List<TResult> SelectInMemory<TSource, TResult>(List<TSource>? source, Func<TSource, TResult> selector) =>
        source is null ? [] : source.Select(selector).ToList();

    private sealed class Captured<T>(T value)
    {
#pragma warning disable CA1051 // A field, as a C# closure has: EF extracts it into a parameter.
        public readonly T Value = value;
#pragma warning restore CA1051
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query.SqlExpressions;

namespace AmConnector.Lots;

/// <summary>
/// The lot's status as stored in the table, in a query that reads the <c>LotsRead</c> view, where
/// <see cref="Lot.Status"/> is the view's computed <c>EffectiveStatus</c>. No index can serve a filter
/// on that computed column; the (Status, ExpiresOn) index serves one on the stored column. The view
/// computes Expired or the stored status, so an effective status of Released (or ConditionallyReleased)
/// implies the same stored status: <see cref="OData.IndexFriendlyFilterBinder"/> adds that implied
/// condition, and the result is unchanged (docs/performance.md, P3).
/// </summary>
internal static class LotStoredStatus
{
    /// <summary>In a LINQ query only: the stored status of the lot whose <see cref="Lot.Status"/> is given.</summary>
    public static LotStatus Of(LotStatus effectiveStatus) =>
        throw new NotSupportedException($"{nameof(LotStoredStatus)}.{nameof(Of)} is translated to SQL; it cannot run in memory ({effectiveStatus}).");

    public static void Configure(ModelBuilder modelBuilder) =>
        modelBuilder.HasDbFunction(typeof(LotStoredStatus).GetMethod(nameof(Of))!).HasTranslation(arguments =>
            arguments[0] is ColumnExpression effective
                // The same row of the view, its Status column (SELECT * keeps the table's columns).
                ? new ColumnExpression("Status", effective.TableAlias, effective.Type, effective.TypeMapping, effective.IsNullable)
                // Not a plain column (never seen): the effective status itself, which implies the same condition.
                : arguments[0]);
}

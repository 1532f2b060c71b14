using AmConnector.Data;
using AmConnector.Lots;
using Microsoft.EntityFrameworkCore;

namespace AmConnector.IntegrationTests.Infrastructure;

/// <summary>
/// Lots as stored in the table, bypassing the read view that shows a released lot past its
/// expiry date as Expired: for tests that check what the daily job has (not yet) persisted.
/// </summary>
public static class StoredLots
{
    public static IQueryable<Lot> Of(AmConnectorDbContext db) =>
        db.Lots.FromSql($"SELECT *, Status AS EffectiveStatus FROM Lots").AsNoTracking();
}

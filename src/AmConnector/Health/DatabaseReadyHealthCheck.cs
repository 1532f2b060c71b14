using AmConnector.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AmConnector.Health;

/// <summary>Ready means the database answers and every migration of this build is applied.</summary>
internal sealed class DatabaseReadyHealthCheck(AmConnectorDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            if (!await db.Database.CanConnectAsync(cancellationToken))
            {
                return HealthCheckResult.Unhealthy("The database cannot be reached.");
            }

            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            return pending.Count == 0
                ? HealthCheckResult.Healthy("The database is reachable and migrated.")
                : HealthCheckResult.Unhealthy($"{pending.Count} migration(s) are not applied, first {pending[0]}.");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("The database check failed.", ex);
        }
    }
}

using AmConnector.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace AmConnector.Webhooks.Outbound;

/// <summary>
/// Degraded (never Unhealthy: the API still serves) when a delivery has waited longer than
/// <see cref="WebhookOptions.DegradedAfter"/>: no dispatcher runs, or a receiver is failing.
/// </summary>
internal sealed class WebhookDeliveryHealthCheck(AmConnectorDbContext db, TimeProvider clock, IOptionsMonitor<WebhookOptions> options) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var oldest = await db.WebhookDeliveries.AsNoTracking()
            .Where(d => d.Status == DeliveryStatus.Pending)
            .OrderBy(d => d.CreatedAt)
            .Select(d => (DateTimeOffset?)d.CreatedAt)
            .FirstOrDefaultAsync(cancellationToken);
        var age = oldest is { } created ? clock.GetUtcNow() - created : TimeSpan.Zero;
        return age > options.CurrentValue.DegradedAfter
            ? HealthCheckResult.Degraded($"The oldest undelivered webhook has waited {age.TotalMinutes:0} min.")
            : HealthCheckResult.Healthy(oldest is null ? "No webhook waiting." : $"The oldest undelivered webhook has waited {age.TotalSeconds:0} s.");
    }
}

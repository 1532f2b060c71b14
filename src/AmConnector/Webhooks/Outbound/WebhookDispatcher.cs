using System.Diagnostics;
using AmConnector.Data;
using AmConnector.Outbox;
using AmConnector.Telemetry;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AmConnector.Webhooks.Outbound;

/// <summary>
/// Fans new outbox messages out into deliveries and sends every due delivery this instance can
/// lease (ADR-011). <see cref="RunOnceAsync"/> is one complete pass; the hosted
/// <see cref="WebhookDispatcherService"/> repeats it, and tests call it after moving the fake clock.
/// </summary>
internal sealed partial class WebhookDispatcher(
    IServiceScopeFactory scopes,
    WebhookSender sender,
    WebhookMetrics metrics,
    TimeProvider clock,
    IOptionsMonitor<WebhookOptions> options,
    ILogger<WebhookDispatcher> logger)
{
    /// <summary>Names this instance in lease columns: machine, process, and a random part for several per process.</summary>
    public string InstanceId { get; } =
        $"{Environment.MachineName[..Math.Min(40, Environment.MachineName.Length)]}/{Environment.ProcessId}/{Guid.NewGuid().ToString("N")[..12]}";

    /// <summary>Fans out, then sends what is due until nothing due is left unleased. Returns the attempts made.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken = default)
    {
        var settings = options.CurrentValue;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AmConnectorDbContext>();
            await WebhookFanOut.RunAsync(db, clock.GetUtcNow(), settings.BatchSize, cancellationToken);
        }

        var attempts = 0;
        while (true)
        {
            var claimed = await ClaimAsync(settings.BatchSize, settings.LeaseDuration, cancellationToken);
            if (claimed.Count == 0)
            {
                return attempts;
            }

            await Parallel.ForEachAsync(
                claimed,
                new ParallelOptions { MaxDegreeOfParallelism = settings.MaxConcurrency, CancellationToken = cancellationToken },
                async (delivery, token) =>
                {
                    try
                    {
                        await DeliverAsync(delivery, token);
                    }
                    catch (Exception ex) when (ex is not OperationCanceledException)
                    {
                        // One broken delivery (an unreadable secret, a database hiccup) must not stop the others;
                        // its lease expires and a later pass tries it again.
                        LogDeliveryFailed(logger, delivery.Id, ex);
                    }
                });
            attempts += claimed.Count;

            // A short batch means nothing else is due; a full one may have more behind it.
            if (claimed.Count < settings.BatchSize)
            {
                return attempts;
            }
        }
    }

    /// <summary>How long until the next pending delivery is due (zero if one is due now), or null when none is pending.</summary>
    public async Task<TimeSpan?> NextDueInAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AmConnectorDbContext>();
        var next = await db.WebhookDeliveries.AsNoTracking()
            .Where(d => d.Status == DeliveryStatus.Pending && d.NextAttemptAt != null)
            .OrderBy(d => d.NextAttemptAt)
            .Select(d => d.NextAttemptAt)
            .FirstOrDefaultAsync(cancellationToken);
        return next is { } due ? Max(due - clock.GetUtcNow(), TimeSpan.Zero) : null;
    }

    /// <summary>
    /// Leases up to <paramref name="batchSize"/> due deliveries with one conditional UPDATE, then
    /// reads back the rows that carry this claim's token. The condition (pending, due, lease free or
    /// expired) is evaluated per row by the database under its write lock, so two instances never
    /// hold the same row (ADR-011).
    /// </summary>
    internal async Task<List<WebhookDelivery>> ClaimAsync(int batchSize, TimeSpan leaseDuration, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AmConnectorDbContext>();
        var now = clock.GetUtcNow();
        var candidates = await db.WebhookDeliveries.AsNoTracking()
            .Where(d => d.Status == DeliveryStatus.Pending && d.NextAttemptAt <= now && (d.LeaseExpiresAt == null || d.LeaseExpiresAt <= now))
            .OrderBy(d => d.NextAttemptAt)
            .Select(d => d.Id)
            .Take(batchSize)
            .ToListAsync(cancellationToken);
        if (candidates.Count == 0)
        {
            return [];
        }

        var token = $"{InstanceId}/{Guid.NewGuid():N}";
        var until = now + leaseDuration;
        await db.WebhookDeliveries
            .Where(d => candidates.Contains(d.Id) && d.Status == DeliveryStatus.Pending && d.NextAttemptAt <= now && (d.LeaseExpiresAt == null || d.LeaseExpiresAt <= now))
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.LeaseOwner, token).SetProperty(d => d.LeaseExpiresAt, until), cancellationToken);
        return await db.WebhookDeliveries.AsNoTracking().Where(d => d.LeaseOwner == token).ToListAsync(cancellationToken);
    }

    private async Task DeliverAsync(WebhookDelivery leased, CancellationToken cancellationToken)
    {
        // One span per attempt; the HTTP call and the database work are its children. The receiver's
        // URL is not a tag: it may carry a token in its query.
        using var activity = AmConnectorTelemetry.Source.StartActivity(TelemetryTags.OutboundSpan);
        activity?.SetTag(TelemetryTags.WebhookId, leased.Id.ToString("D")).SetTag(TelemetryTags.EndpointId, leased.EndpointId.ToString("D"));
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AmConnectorDbContext>();
        db.Audit.SystemActor = WebhookEndpointDisabler.Actor;
        var endpoint = await db.WebhookEndpoints.AsNoTracking().FirstOrDefaultAsync(e => e.Id == leased.EndpointId, cancellationToken);
        var message = await db.OutboxMessages.AsNoTracking().FirstAsync(m => m.Id == leased.MessageId, cancellationToken);
        var delivery = await db.WebhookDeliveries.FirstAsync(d => d.Id == leased.Id, cancellationToken);
        activity?.SetTag(TelemetryTags.EventType, message.Type).SetTag(TelemetryTags.EventId, message.Id.ToString("D"));

        if (endpoint is not { Enabled: true })
        {
            delivery.Status = DeliveryStatus.Failed;
            delivery.NextAttemptAt = null;
            delivery.LastError = "The endpoint is disabled.";
            activity?.SetTag(TelemetryTags.Outcome, "endpoint_disabled");
            Release(delivery);
            await SaveAsync(db, cancellationToken);
            return;
        }

        var startedAt = clock.GetUtcNow();
        var outcome = await sender.SendAsync(endpoint, message, delivery.Id, cancellationToken);
        var now = clock.GetUtcNow();
        delivery.AttemptCount++;
        db.WebhookDeliveryAttempts.Add(new WebhookDeliveryAttempt
        {
            DeliveryId = delivery.Id,
            EndpointId = endpoint.Id,
            OwnerSupplierCode = endpoint.OwnerSupplierCode,
            Number = delivery.AttemptCount,
            StartedAt = startedAt,
            DurationMs = Math.Round(outcome.DurationMs, 1),
            StatusCode = outcome.StatusCode,
            Succeeded = outcome.Succeeded,
            Response = outcome.Response,
            Error = Truncate(outcome.Error, 1024),
        });
        delivery.LastAttemptAt = startedAt;
        delivery.LastStatusCode = outcome.StatusCode;
        delivery.LastError = outcome.Succeeded ? null : Truncate(outcome.Error ?? $"HTTP {outcome.StatusCode}", 1024);
        metrics.Attempt(message.Type, outcome);
        activity?.SetTag(TelemetryTags.Attempt, delivery.AttemptCount).SetTag(TelemetryTags.StatusCode, outcome.StatusCode);
        if (!outcome.Succeeded)
        {
            // A status, not the error text: that can quote the receiver's address.
            activity?.SetStatus(ActivityStatusCode.Error, outcome.StatusCode is { } code ? $"HTTP {code}" : "No response");
        }

        string? disableReason = null;
        DateTimeOffset? failingSince = null;
        if (outcome.Succeeded)
        {
            delivery.Status = DeliveryStatus.Delivered;
            delivery.DeliveredAt = now;
            delivery.NextAttemptAt = null;
            delivery.RetryStep = 0;
            activity?.SetTag(TelemetryTags.Outcome, "delivered");
            metrics.Delivered(message.Type, now - message.OccurredAt);
        }
        else if (outcome.Gone)
        {
            delivery.Status = DeliveryStatus.Failed;
            delivery.NextAttemptAt = null;
            disableReason = "The receiver answered 410 Gone.";
            activity?.SetTag(TelemetryTags.Outcome, "gone");
        }
        else if (RetrySchedule.NextDelay(options.CurrentValue, delivery.RetryStep, outcome.RetryAfter, Random.Shared.NextDouble()) is { } delay)
        {
            delivery.RetryStep++;
            delivery.NextAttemptAt = now + delay;
            activity?.SetTag(TelemetryTags.Outcome, "retry");
        }
        else
        {
            delivery.Status = DeliveryStatus.Failed;
            delivery.NextAttemptAt = null;
            metrics.GaveUp(message.Type);
            activity?.SetTag(TelemetryTags.Outcome, "exhausted");
        }

        Release(delivery);
        if (!await SaveAsync(db, cancellationToken))
        {
            return;
        }

        if (!outcome.Succeeded && disableReason is null)
        {
            failingSince = await FailingSinceAsync(db, endpoint.Id, cancellationToken);
            if (failingSince is { } since && now - since >= options.CurrentValue.DisableAfter)
            {
                disableReason = $"Every attempt has failed since {since:O}.";
            }
        }

        if (disableReason is not null)
        {
            db.ChangeTracker.Clear();
            var outbox = scope.ServiceProvider.GetRequiredService<OutboxWriter>();
            await WebhookEndpointDisabler.DisableAsync(db, outbox, endpoint.Id, disableReason, failingSince, outcome.StatusCode, now, cancellationToken);
            metrics.EndpointDisabled();
            LogDisabled(logger, endpoint.Id, disableReason);
        }
    }

    /// <summary>The first failed attempt after the endpoint's latest success, if every attempt since has failed.</summary>
    private static async Task<DateTimeOffset?> FailingSinceAsync(AmConnectorDbContext db, Guid endpointId, CancellationToken cancellationToken)
    {
        var attempts = db.WebhookDeliveryAttempts.AsNoTracking().Where(a => a.EndpointId == endpointId);
        var lastSuccess = await attempts.Where(a => a.Succeeded).OrderByDescending(a => a.StartedAt).Select(a => (DateTimeOffset?)a.StartedAt).FirstOrDefaultAsync(cancellationToken);
        var failures = attempts.Where(a => !a.Succeeded);
        if (lastSuccess is { } success)
        {
            failures = failures.Where(a => a.StartedAt > success);
        }

        return await failures.OrderBy(a => a.StartedAt).Select(a => (DateTimeOffset?)a.StartedAt).FirstOrDefaultAsync(cancellationToken);
    }

    private static void Release(WebhookDelivery delivery)
    {
        delivery.LeaseOwner = null;
        delivery.LeaseExpiresAt = null;
    }

    /// <summary>Saves the outcome, unless another instance took the lease over meanwhile (then its outcome stands).</summary>
    private async Task<bool> SaveAsync(AmConnectorDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            LogLeaseLost(logger, InstanceId);
            return false;
        }
    }

    private static string? Truncate(string? text, int length) => text is null || text.Length <= length ? text : text[..length];

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    [LoggerMessage(Level = LogLevel.Error, Message = "Webhook delivery {DeliveryId} could not be attempted; it is tried again when its lease expires")]
    private static partial void LogDeliveryFailed(ILogger logger, Guid deliveryId, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook endpoint {EndpointId} disabled: {Reason}")]
    private static partial void LogDisabled(ILogger logger, Guid endpointId, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Dispatcher {Instance} lost a delivery's lease before it finished; the other instance's outcome stands")]
    private static partial void LogLeaseLost(ILogger logger, string instance);
}

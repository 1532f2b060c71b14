using AmConnector.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AmConnector.HostSystems;

/// <summary>
/// Carries out due <see cref="HostQmsJob"/>s: woken when a job is committed, and every
/// <see cref="HostQmsOptions.PollInterval"/> otherwise. Each job is claimed with a lease in the
/// database (one conditional UPDATE, the same on SQLite and SQL Server), so several instances
/// never call the host for one job at the same time, and a job whose instance died is taken over
/// when its lease runs out.
/// </summary>
internal sealed partial class HostQmsJobWorker(
    IServiceScopeFactory scopes, TimeProvider clock, IOptionsMonitor<AmConnectorOptions> options, HostQmsSignal signal, ILogger<HostQmsJobWorker> logger)
    : BackgroundService
{
    private readonly SemaphoreSlim _pass = new(1, 1);

    /// <summary>Names this instance in <see cref="HostQmsJob.LeaseOwner"/>.</summary>
    internal string Owner { get; } = NewOwner();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.CurrentValue.HostQms;
        if (!settings.IsActive || !settings.WorkerEnabled)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            var processed = 0;
            try
            {
                processed = await RunOnceAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The database is away, say; the jobs wait where they are, and the next pass tries again.
                LogPassFailed(logger, ex);
            }

            // A full batch means more may be due: go on at once.
            if (processed < options.CurrentValue.HostQms.BatchSize)
            {
                await signal.WaitAsync(options.CurrentValue.HostQms.PollInterval, clock, stoppingToken);
            }
        }
    }

    /// <summary>Claims the jobs due now (up to <see cref="HostQmsOptions.BatchSize"/>) and carries each out; returns how many it claimed.</summary>
    internal async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        await _pass.WaitAsync(cancellationToken);
        try
        {
            var claimed = await ClaimAsync(cancellationToken);
            foreach (var id in claimed)
            {
                await using var scope = scopes.CreateAsyncScope();
                try
                {
                    await scope.ServiceProvider.GetRequiredService<HostQmsJobProcessor>().ProcessAsync(id, Owner, cancellationToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
                {
                    // Left leased: it is tried again when the lease runs out, by this or another instance.
                    LogJobFailed(logger, id, ex);
                }
            }

            return claimed.Count;
        }
        finally
        {
            _pass.Release();
        }
    }

    public override void Dispose()
    {
        _pass.Dispose();
        base.Dispose();
    }

    private async Task<List<Guid>> ClaimAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AmConnectorDbContext>();
        var settings = options.CurrentValue.HostQms;
        var now = clock.GetUtcNow();
        var until = now + settings.LeaseDuration;
        var candidates = await Due(db.HostQmsJobs, now).OrderBy(j => j.NextAttemptAt).ThenBy(j => j.Id)
            .Select(j => j.Id).Take(settings.BatchSize).ToListAsync(cancellationToken);
        var claimed = new List<Guid>(candidates.Count);
        foreach (var id in candidates)
        {
            // The WHERE repeats the due test: of two instances that both saw the job, one updates the row, the other 0 rows.
            var rows = await Due(db.HostQmsJobs.Where(j => j.Id == id), now)
                .ExecuteUpdateAsync(s => s.SetProperty(j => j.LeaseUntil, until).SetProperty(j => j.LeaseOwner, Owner), cancellationToken);
            if (rows == 1)
            {
                claimed.Add(id);
            }
        }

        return claimed;
    }

    /// <summary>The machine for people reading the table, a GUID so two workers on one machine differ; within the column's 128 characters.</summary>
    private static string NewOwner()
    {
        var owner = $"{Environment.MachineName}/{Guid.NewGuid():N}";
        return owner.Length <= 128 ? owner : owner[^128..];
    }

    private static IQueryable<HostQmsJob> Due(IQueryable<HostQmsJob> jobs, DateTimeOffset now) =>
        jobs.Where(j => j.Status == HostQmsJobStatus.Pending && j.NextAttemptAt <= now && (j.LeaseUntil == null || j.LeaseUntil < now));

    [LoggerMessage(Level = LogLevel.Error, Message = "Host QMS job pass failed")]
    private static partial void LogPassFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Host QMS job {JobId} could not be carried out; tried again when its lease runs out")]
    private static partial void LogJobFailed(ILogger logger, Guid jobId, Exception exception);
}

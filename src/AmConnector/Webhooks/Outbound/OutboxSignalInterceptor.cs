using System.Data.Common;
using System.Runtime.CompilerServices;
using AmConnector.Data;
using AmConnector.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace AmConnector.Webhooks.Outbound;

/// <summary>
/// Notifies the <see cref="OutboxSignal"/> once a save that added outbox messages is committed: at
/// once after a save without an outer transaction, or when the outer transaction commits (a
/// signal before the commit would wake a dispatcher that cannot see the rows yet).
/// </summary>
internal sealed class OutboxSignalInterceptor(OutboxSignal signal) : ISaveChangesInterceptor, IDbTransactionInterceptor
{
    private static readonly ConditionalWeakTable<DbContext, object> Adding = [];
    private static readonly ConditionalWeakTable<DbContext, object> AwaitingCommit = [];

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is not { } context)
        {
            return ValueTask.FromResult(result);
        }

        // OutboxWriter adds messages with DbSet.Add: their state needs no detection pass.
        using (context.ChangeTracker.WithoutDetecting())
        {
            if (context.ChangeTracker.Entries<OutboxMessage>().Any(e => e.State == EntityState.Added))
            {
                Adding.AddOrUpdate(context, this);
            }
        }

        return ValueTask.FromResult(result);
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && Adding.Remove(context))
        {
            if (context.Database.CurrentTransaction is null)
            {
                signal.Notify();
            }
            else
            {
                AwaitingCommit.AddOrUpdate(context, this);
            }
        }

        return ValueTask.FromResult(result);
    }

    public Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context)
        {
            Adding.Remove(context);
        }

        return Task.CompletedTask;
    }

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && AwaitingCommit.Remove(context))
        {
            signal.Notify();
        }

        return Task.CompletedTask;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (eventData.Context is { } context && AwaitingCommit.Remove(context))
        {
            signal.Notify();
        }
    }

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context)
        {
            AwaitingCommit.Remove(context);
        }

        return Task.CompletedTask;
    }
}

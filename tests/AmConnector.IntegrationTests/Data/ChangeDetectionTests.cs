using System.Diagnostics;
using AmConnector.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace AmConnector.IntegrationTests.Data;

/// <summary>
/// A save runs one change-detection pass per interceptor that needs one (signatures, stamping, audit)
/// and EF's own, not one per look at the tracker: each pass serialises every tracked JSON-document
/// column (P4 in docs/performance.md). And what the interceptors change after their pass is still saved.
/// </summary>
public sealed class ChangeDetectionTests(AmConnectorFactory factory) : IClassFixture<AmConnectorFactory>
{
    [Fact]
    public async Task An_audited_update_is_detected_four_times_and_saved_with_its_stamps_and_audit_event()
    {
        await using var scope = factory.Scope(out var db);
        var lot = await db.Lots.OrderBy(l => l.LotNumber).FirstAsync();
        var revision = lot.Revision;
        var reason = "Detection passes " + Guid.NewGuid().ToString("N");
        lot.StatusReason = reason;
        db.Audit.Reason = "Test: one detection pass per interceptor.";

        using var passes = DetectionPasses.Of(db);
        await db.SaveChangesAsync();

        // EF's own, the signature check's, stamping's and the audit's; before, every Entries() added one (7 here).
        Assert.Equal(4, passes.Count);
        db.ChangeTracker.Clear();
        var saved = await db.Lots.AsNoTracking().SingleAsync(l => l.Id == lot.Id);
        Assert.Equal(reason, saved.StatusReason);
        Assert.Equal(revision + 1, saved.Revision);
        Assert.True(await db.AuditEvents.AnyAsync(e => e.EntityKey == lot.Id.ToString() && e.NewValues!.Contains(reason)));
    }

    /// <summary>Counts EF's DetectChangesStarting events for one context.</summary>
    private sealed class DetectionPasses : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
    {
        private readonly DbContext _context;
        private readonly List<IDisposable> _subscriptions = [];
        private int _count;

        private DetectionPasses(DbContext context) => _context = context;

        public int Count => Volatile.Read(ref _count);

        public static DetectionPasses Of(DbContext context)
        {
            var passes = new DetectionPasses(context);
            passes._subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(passes));
            return passes;
        }

        public void OnNext(DiagnosticListener value)
        {
            if (value.Name == DbLoggerCategory.Name)
            {
                _subscriptions.Add(value.Subscribe(this));
            }
        }

        public void OnNext(KeyValuePair<string, object?> value)
        {
            if (value.Key == CoreEventId.DetectChangesStarting.Name && value.Value is DbContextEventData data && ReferenceEquals(data.Context, _context))
            {
                Interlocked.Increment(ref _count);
            }
        }

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }

        public void Dispose() => _subscriptions.ForEach(s => s.Dispose());
    }
}

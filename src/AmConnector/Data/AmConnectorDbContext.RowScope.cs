using AmConnector.Certificates;
using AmConnector.ChangeNotices;
using AmConnector.Lots;
using AmConnector.Materials;
using AmConnector.Qualifications;
using AmConnector.Risk;
using AmConnector.Suppliers;
using Microsoft.EntityFrameworkCore;

namespace AmConnector.Data;

public sealed partial class AmConnectorDbContext
{
    /// <summary>The named query filter that limits a supplier-scoped caller to its own rows.</summary>
    public const string SupplierScopeFilter = "SupplierScope";

    // Read by the query filters at query time: EF turns them into parameters, so every query
    // (including $expand, $count and each nextLink page) is limited in SQL, not after reading.
    private bool IsSupplierScoped => rowScope?.IsSupplier == true;

    private string? ScopedSupplierCode => rowScope?.SupplierCode;

    private void ApplySupplierScope(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Supplier>().HasQueryFilter(SupplierScopeFilter, s => !IsSupplierScoped || s.Code == ScopedSupplierCode);
        modelBuilder.Entity<Material>().HasQueryFilter(SupplierScopeFilter, m => !IsSupplierScoped || m.SupplierCode == ScopedSupplierCode);
        modelBuilder.Entity<Lot>().HasQueryFilter(SupplierScopeFilter, l => !IsSupplierScoped || l.SupplierCode == ScopedSupplierCode);
        modelBuilder.Entity<Certificate>().HasQueryFilter(SupplierScopeFilter, c => !IsSupplierScoped || c.SupplierCode == ScopedSupplierCode);
        modelBuilder.Entity<ChangeNotice>().HasQueryFilter(SupplierScopeFilter, n => !IsSupplierScoped || n.SupplierCode == ScopedSupplierCode);

        // Risk assessments and qualifications are the user's own evaluation of a supplier's
        // material: confidential to the site, so a supplier sees none of them, not even its own.
        modelBuilder.Entity<RiskAssessment>().HasQueryFilter(SupplierScopeFilter, _ => !IsSupplierScoped);
        modelBuilder.Entity<Qualification>().HasQueryFilter(SupplierScopeFilter, _ => !IsSupplierScoped);
        modelBuilder.Entity<PerformanceTest>().HasQueryFilter(SupplierScopeFilter, _ => !IsSupplierScoped);
        modelBuilder.Entity<Webhooks.Inbound.InboundEvent>().HasQueryFilter(SupplierScopeFilter, e => !IsSupplierScoped || e.SupplierCode == ScopedSupplierCode);
        modelBuilder.Entity<Webhooks.Inbound.SupplierWebhookSecret>().HasQueryFilter(SupplierScopeFilter, _ => !IsSupplierScoped);
        // Signatures are the site's QA decisions and name its people: a supplier sees none, not even on its own lots.
        modelBuilder.Entity<Signatures.Signature>().HasQueryFilter(SupplierScopeFilter, _ => !IsSupplierScoped);
        modelBuilder.Entity<AuditTrail.AuditEvent>().HasQueryFilter(SupplierScopeFilter, e => !IsSupplierScoped || e.SupplierCode == ScopedSupplierCode);

        // A supplier sees the webhook endpoints it registered itself and their deliveries, never the site's.
        modelBuilder.Entity<Webhooks.Outbound.WebhookEndpoint>().HasQueryFilter(SupplierScopeFilter, e => !IsSupplierScoped || e.OwnerSupplierCode == ScopedSupplierCode);
        modelBuilder.Entity<Webhooks.Outbound.WebhookDelivery>().HasQueryFilter(SupplierScopeFilter, d => !IsSupplierScoped || d.OwnerSupplierCode == ScopedSupplierCode);
        modelBuilder.Entity<Webhooks.Outbound.WebhookDeliveryAttempt>().HasQueryFilter(SupplierScopeFilter, a => !IsSupplierScoped || a.OwnerSupplierCode == ScopedSupplierCode);
    }
}

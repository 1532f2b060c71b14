using AmConnector.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AmConnector.Webhooks.Outbound;

internal sealed class WebhookEndpointConfiguration : IEntityTypeConfiguration<WebhookEndpoint>
{
    public void Configure(EntityTypeBuilder<WebhookEndpoint> builder)
    {
        builder.ToTable("WebhookEndpoints");
        builder.Property(e => e.Url).HasMaxLength(2048);
        builder.Property(e => e.Description).HasMaxLength(256);
        builder.Property(e => e.EventTypes).IsJsonDocument();
        builder.Property(e => e.SupplierCodes).IsJsonDocument();
        builder.Property(e => e.CatalogueNumbers).IsJsonDocument();
        builder.Property(e => e.OwnerSupplierCode).HasMaxLength(32);
        builder.Property(e => e.ProtectedSecret).Metadata.SetMaxLength(null);
        builder.Property(e => e.PreviousProtectedSecret).IsLongText();
        builder.Property(e => e.DisabledReason).HasMaxLength(512);
        builder.Property(e => e.CreatedBy).HasMaxLength(128);
        builder.HasIndex(e => e.OwnerSupplierCode);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AmConnector.Webhooks.Outbound;

internal sealed class WebhookDeliveryAttemptConfiguration : IEntityTypeConfiguration<WebhookDeliveryAttempt>
{
    public void Configure(EntityTypeBuilder<WebhookDeliveryAttempt> builder)
    {
        builder.ToTable("WebhookDeliveryAttempts");
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.OwnerSupplierCode).HasMaxLength(32);
        builder.Property(a => a.Response).HasMaxLength(WebhookDeliveryAttempt.MaxResponseBytes);
        builder.Property(a => a.Error).HasMaxLength(1024);
        // "Has this endpoint failed everything since …": the latest success and the first failure after it.
        builder.HasIndex(a => new { a.EndpointId, a.Succeeded, a.StartedAt });
    }
}

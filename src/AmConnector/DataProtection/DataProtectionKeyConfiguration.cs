using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AmConnector.DataProtection;

internal sealed class DataProtectionKeyConfiguration : IEntityTypeConfiguration<DataProtectionKey>
{
    public const string Table = "DataProtectionKeys";

    public void Configure(EntityTypeBuilder<DataProtectionKey> builder)
    {
        builder.ToTable(Table);
        builder.Property(k => k.Id).ValueGeneratedOnAdd();
        builder.Property(k => k.FriendlyName).HasMaxLength(256);
        // A key with its descriptor, or encrypted with a certificate, is a few kilobytes.
        builder.Property(k => k.Xml).IsRequired().Metadata.SetMaxLength(null);
        // Two instances importing the same legacy key file at once store it once (see DatabaseXmlRepository).
        builder.HasIndex(k => k.FriendlyName).IsUnique();
    }
}

using AmConnector.AuditTrail;
using AmConnector.Lots;
using AmConnector.Suppliers;

namespace AmConnector.Tests.AuditTrail;

/// <summary>The unhashed record links say what the hashed EntityType and EntityKey say (ADR-012).</summary>
public sealed class AuditHistoryLinksTests
{
    private static readonly Guid Key = Guid.Parse("01a21fec-4053-7ed5-96f3-46cd8c349280");

    [Fact]
    public void Link_Lot_SetsOnlyLotId()
    {
        var audit = new AuditEvent { EntityType = "Lot", EntityKey = Key.ToString() };

        AuditHistoryLinks.Link(audit, new Lot { Id = Key });

        Assert.Equal(Key, audit.LotId);
        Assert.Null(audit.SupplierId);
        Assert.True(AuditHistoryLinks.Matches(audit));
    }

    [Fact]
    public void Link_RecordWithoutHistory_SetsNothing()
    {
        var audit = new AuditEvent { EntityType = "ApiKey", EntityKey = Key.ToString() };

        AuditHistoryLinks.Link(audit, new object());

        Assert.True(AuditHistoryLinks.Matches(audit));
    }

    [Fact]
    public void Matches_LinkToAnotherRecord_False() =>
        Assert.False(AuditHistoryLinks.Matches(new AuditEvent { EntityType = "Lot", EntityKey = Key.ToString(), LotId = Guid.CreateVersion7() }));

    [Fact]
    public void Matches_LinkOfAnotherType_False() =>
        Assert.False(AuditHistoryLinks.Matches(new AuditEvent { EntityType = "Lot", EntityKey = Key.ToString(), LotId = Key, MaterialId = Key }));

    [Fact]
    public void Matches_MissingLink_False() =>
        Assert.False(AuditHistoryLinks.Matches(new AuditEvent { EntityType = nameof(Supplier), EntityKey = Key.ToString() }));
}

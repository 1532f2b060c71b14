using AmConnector.AuditTrail;

namespace AmConnector.Tests.AuditTrail;

/// <summary>The canonical form is part of every stored chain: it may never change silently.</summary>
public sealed class AuditCanonicalTests
{
    private static AuditEvent Event() => new()
    {
        Sequence = 42,
        OccurredAt = new DateTimeOffset(2026, 11, 28, 9, 30, 0, TimeSpan.Zero),
        EntityType = "Lot",
        EntityKey = "01a21fec-4053-7ed5-96f3-46cd8c349280",
        NaturalKey = "NWB/NB-FBS-500/FB-24-001",
        Action = AuditAction.StatusChange,
        OldValues = """{"Status":"Quarantine"}""",
        NewValues = """{"Status":"Released"}""",
        Reason = "CoA reviewed",
        ClientId = "qa-demo",
        PreviousHash = AuditChainHead.Genesis,
    };

    [Fact]
    public void HashOf_KnownEvent_IsTheRecordedValue()
    {
        // Computed outside .NET from the documented form (fields joined by U+001F, instants as UTC
        // ticks); a change here means every stored chain would fail verification.
        Assert.Equal("8ca37bea093462612eb989f7d1f6b1cd20cbb4bc76abe3b374d5d00c26f1a237", AuditCanonical.HashOf(Event()));
    }

    [Theory]
    [InlineData(nameof(AuditEvent.Reason))]
    [InlineData(nameof(AuditEvent.NewValues))]
    [InlineData(nameof(AuditEvent.ClientId))]
    [InlineData(nameof(AuditEvent.PreviousHash))]
    [InlineData(nameof(AuditEvent.OccurredAt))]
    [InlineData(nameof(AuditEvent.Sequence))]
    public void HashOf_AnyFieldChanged_DiffersFromTheOriginal(string field)
    {
        var changed = Event();
        switch (field)
        {
            case nameof(AuditEvent.Reason): changed.Reason += "!"; break;
            case nameof(AuditEvent.NewValues): changed.NewValues = """{"Status":"Rejected"}"""; break;
            case nameof(AuditEvent.ClientId): changed.ClientId = "lims-demo"; break;
            case nameof(AuditEvent.PreviousHash): changed.PreviousHash = new string('1', 64); break;
            case nameof(AuditEvent.OccurredAt): changed.OccurredAt = changed.OccurredAt.AddTicks(1); break;
            default: changed.Sequence++; break;
        }

        Assert.NotEqual(AuditCanonical.HashOf(Event()), AuditCanonical.HashOf(changed));
    }

    [Fact]
    public void HashOf_FieldBoundaryMoved_Differs()
    {
        // The separator keeps "ab" + "c" apart from "a" + "bc".
        var a = Event();
        a.Reason = "ab";
        a.ClientId = "c";
        var b = Event();
        b.Reason = "a";
        b.ClientId = "bc";

        Assert.NotEqual(AuditCanonical.HashOf(a), AuditCanonical.HashOf(b));
    }
}

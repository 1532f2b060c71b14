namespace AmConnector.HostSystems;

/// <summary>The body of <c>placeLotHold</c>: why the lot is held, and what in AmConnector holds it.</summary>
internal sealed record LotHoldRequest
{
    public string Reason { get; init; } = "";

    /// <summary>AmConnector's hold the host hold mirrors, when there is one.</summary>
    public Guid? HoldId { get; init; }

    /// <summary>What the hold comes from, e.g. the change notice's reference.</summary>
    public string? SourceReference { get; init; }
}

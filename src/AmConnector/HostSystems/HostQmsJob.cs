namespace AmConnector.HostSystems;

/// <summary>
/// A call AmConnector owes the host QMS, written in the same SaveChanges as the decision that
/// causes it and carried out later by <see cref="HostQmsJobWorker"/> (an outbox for one API). Not
/// an AmEntity: it is AmConnector's own bookkeeping, not GMP master data, so it is not audited;
/// what it changes in the master data (a notice's change-control reference) is.
/// </summary>
public sealed class HostQmsJob
{
    /// <summary>A version-7 GUID, so jobs sort by creation; also the <c>Idempotency-Key</c> (<see cref="IdempotencyKey"/>).</summary>
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public HostQmsJobKind Kind { get; set; }

    /// <summary>The notice a change control is opened for.</summary>
    public Guid? ChangeNoticeId { get; set; }

    /// <summary>The lot a hold is placed on or released from.</summary>
    public Guid? LotId { get; set; }

    /// <summary>AmConnector's own hold (<see cref="Lots.LotHold"/>) the host hold mirrors, when there is one.</summary>
    public Guid? LotHoldId { get; set; }

    /// <summary>The request body and route values, JSON, fixed when the job was written.</summary>
    public string Payload { get; set; } = "{}";

    /// <summary>
    /// Sent as the <c>Idempotency-Key</c> header on every try, so a retry after a lost response
    /// finds the record the first try created instead of creating a second one.
    /// </summary>
    public string IdempotencyKey { get; set; } = "";

    public HostQmsJobStatus Status { get; set; } = HostQmsJobStatus.Pending;

    /// <summary>Tries that reached the point of calling the host.</summary>
    public int Attempts { get; set; }

    public DateTimeOffset NextAttemptAt { get; set; }

    /// <summary>Until when <see cref="LeaseOwner"/> may work on the job; another instance takes it over after that.</summary>
    public DateTimeOffset? LeaseUntil { get; set; }

    /// <summary>The worker instance holding the lease; also the concurrency token of a completion.</summary>
    public string? LeaseOwner { get; set; }

    /// <summary>The last failure: status code and problem details, or the transport error. Never a credential.</summary>
    public string? LastError { get; set; }

    /// <summary>The host's reference of what it created: the change control's, or the hold's.</summary>
    public string? Reference { get; set; }

    /// <summary>The host's status of that record when it answered, e.g. <c>Open</c>.</summary>
    public string? ResultStatus { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }
}

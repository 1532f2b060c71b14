namespace AmConnector.Common;

/// <summary>
/// What every stored record carries: a GUID v7 surrogate key, UTC creation and modification
/// instants, and a revision that is the optimistic-concurrency token (the OData ETag).
/// </summary>
/// <remarks>
/// The stamps are set by <see cref="Data.EntityStampingInterceptor"/> from the injected
/// <see cref="TimeProvider"/>; callers never set them.
/// </remarks>
public abstract class AmEntity
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset ModifiedAt { get; set; }

    /// <summary>Incremented on every change; compared on update (If-Match / ETag).</summary>
    public long Revision { get; set; }
}

using AmConnector.Common;
using AmConnector.Data;

namespace AmConnector.OData;

/// <summary>
/// What a feature allows and requires when its records are written through OData: which
/// properties a PATCH may touch, how a new record is completed (references resolved by
/// natural key, key parts copied, derived fields computed) and what makes it invalid.
/// </summary>
internal abstract class WriteRules<T> where T : AmEntity
{
    /// <summary>Properties a client may change with PATCH; every other property is managed by AmConnector.</summary>
    public abstract IReadOnlySet<string> Patchable { get; }

    /// <summary>Completes and checks a record before insert.</summary>
    public abstract Task PrepareCreateAsync(T entity, AmConnectorDbContext db, List<FieldError> errors, CancellationToken cancellationToken);

    /// <summary>Checks a patched record and re-derives its derived fields before update.</summary>
    public virtual Task PrepareUpdateAsync(T entity, AmConnectorDbContext db, List<FieldError> errors, CancellationToken cancellationToken)
    {
        Validate(entity, errors);
        return Task.CompletedTask;
    }

    /// <summary>Checks shared by create and update.</summary>
    protected abstract void Validate(T entity, List<FieldError> errors);
}

using AmConnector.Common;
using AmConnector.Data;
using AmConnector.Security.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OData.Deltas;
using Microsoft.AspNetCore.OData.Extensions;
using Microsoft.AspNetCore.OData.Formatter;
using Microsoft.AspNetCore.OData.Query;
using Microsoft.AspNetCore.OData.Routing.Controllers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OData;

namespace AmConnector.OData;

/// <summary>
/// Read, create and change for one entity set, by OData convention routing
/// (<c>GET/POST /odata/{Set}</c>, <c>GET/PATCH/DELETE /odata/{Set}({key})</c>).
/// Feature controllers add their actions and functions. Reads need <c>am.read</c>, writes
/// <c>am.write</c>; a supplier-scoped caller's rows are limited by the database context's query
/// filters, so its reads and writes never reach another supplier's records.
/// </summary>
internal abstract class AmEntitySetController<T>(AmConnectorDbContext db, ODataQueryRunner runner, WriteRules<T> rules)
    : ODataController
    where T : AmEntity, new()
{
    protected AmConnectorDbContext Db => db;

    /// <summary>The entity set's name, for messages.</summary>
    protected abstract string EntitySet { get; }

    /// <summary>What a caller may read. Every read starts here, so row scoping applies to $expand, $count and paging alike.</summary>
    protected virtual IQueryable<T> Readable => db.Set<T>().AsNoTracking();

    /// <summary>What a caller may change.</summary>
    protected virtual IQueryable<T> Writable => db.Set<T>();

    /// <summary>Whose rows the caller may see; the same scope the context's query filters apply.</summary>
    protected IRowScope RowScope => HttpContext.RequestServices.GetRequiredService<IRowScope>();

    /// <summary>False for sets a supplier never sees (the site's own risk assessments and qualifications).</summary>
    protected virtual bool SupplierMayWrite => true;

    /// <summary>A reason to refuse a query this caller may not run, or null.</summary>
    protected virtual string? RefuseQuery(ODataQueryOptions<T> options) => null;

    /// <summary>
    /// The set's own refusal, then one for every set: a supplier's caller may not name a change
    /// notice's hidden assessment or proposal, which it could otherwise reach through an $expand.
    /// </summary>
    private string? Refusal(ODataQueryOptions<T> options) =>
        StarExpansion(options) ?? RefuseQuery(options) ?? (RowScope.IsSupplier ? ChangeNotices.SupplierHiddenPropertySerializer.Refusal(options.RawValues) : null);

    /// <summary>
    /// $expand=* joins every navigation at once (a material's lots, signatures and audit history): the
    /// hostile-input cases saw it run for minutes. Named navigations stay bounded by MaxExpansionDepth.
    /// </summary>
    private static string? StarExpansion(ODataQueryOptions<T> options) =>
        options.RawValues.Expand?.Contains('*', StringComparison.Ordinal) == true
            ? "$expand=* is not supported: name the navigation properties to expand."
            : null;

    [Authorize(Policy = Policies.Read)]
    public async Task<IActionResult> Get(ODataQueryOptions<T> options, CancellationToken cancellationToken)
    {
        if (AuditTrail.AuditHistoryAccess.Refusal(HttpContext, options.RawValues) is { } forbidden)
        {
            return ODataErrors.Forbidden(forbidden);
        }

        if (Refusal(options) is { } refusal)
        {
            return ODataErrors.InvalidQuery(refusal);
        }

        try
        {
            // A $count is a number, not a feed: it has no delta link.
            if (Delta.ChangeFeed.IsRequested(Request) && !Request.IsCountRequest())
            {
                if (Delta.ChangeSequence.IsTracked(db, typeof(T)))
                {
                    var feed = HttpContext.RequestServices.GetRequiredService<Delta.ChangeFeed>();
                    return Ok(await feed.ReadPageAsync(Readable, options, db, EntitySet, RowScope.SupplierCode, cancellationToken));
                }

                // Other sets ignore the preference (no Preference-Applied), but a token can only be a mistake.
                if (options.RawValues.DeltaToken is not null || options.RawValues.SkipToken is not null)
                {
                    return ODataErrors.InvalidQuery($"{EntitySet} does not track changes: Lots, Materials, Certificates and ChangeNotices do.");
                }
            }

            return await runner.ReadFeedAsync(Readable, options, EntitySet, cancellationToken);
        }
        catch (ODataException ex)
        {
            return ODataErrors.InvalidQuery(ex.Message);
        }
        catch (InvalidOperationException ex) when (IsUntranslatableQuery(ex))
        {
            return ODataErrors.InvalidQuery("The query uses an expression AmConnector cannot run in the database; simplify $filter or $orderby.");
        }
    }

    [Authorize(Policy = Policies.Read)]
    public async Task<IActionResult> Get([FromODataUri] Guid key, ODataQueryOptions<T> options, CancellationToken cancellationToken)
    {
        if (AuditTrail.AuditHistoryAccess.Refusal(HttpContext, options.RawValues) is { } forbidden)
        {
            return ODataErrors.Forbidden(forbidden);
        }

        if (Refusal(options) is { } refusal)
        {
            return ODataErrors.InvalidQuery(refusal);
        }

        try
        {
            var entity = await runner.ReadOneAsync(Readable, key, options, cancellationToken);
            return entity is null ? ODataErrors.NotFound(EntitySet, key) : Ok(entity);
        }
        catch (ODataException ex)
        {
            return ODataErrors.InvalidQuery(ex.Message);
        }
    }

    [Authorize(Policy = Policies.Write)]
    public async Task<IActionResult> Post([FromBody] T? entity, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid || entity is null)
        {
            return ODataErrors.Validation(ModelStateErrors());
        }

        var errors = new List<FieldError>();
        await rules.PrepareCreateAsync(entity, db, errors, cancellationToken);
        if (errors.Count > 0)
        {
            return ODataErrors.Validation(errors);
        }

        // Signatures are made by signed actions only, never posted with a record.
        if (entity is Signatures.ISignable { Signatures.Count: > 0 })
        {
            return ODataErrors.Validation([new FieldError(nameof(Signatures.ISignable.Signatures), "are made by the record's signed actions, not sent with it.")]);
        }

        // Audit events are written by the audit trail only; a deep insert would bypass its hash chain.
        if (entity is AuditTrail.IAudited { AuditHistory.Count: > 0 })
        {
            return ODataErrors.Validation([new FieldError(nameof(AuditTrail.IAudited.AuditHistory), "is written by the audit trail, not sent with a record.")]);
        }

        // A supplier-scoped writer creates records of its own supplier only, and none of the site's own evaluations.
        if (RowScope.IsSupplier && (!SupplierMayWrite || entity is not ISupplierOwned owned || owned.SupplierCode != RowScope.SupplierCode))
        {
            return ODataErrors.Forbidden($"A supplier's client may create {EntitySet} of its own supplier ({RowScope.SupplierCode}) only.");
        }

        db.Add(entity);
        return await SaveAsync(entity.Id) ?? Created(entity);
    }

    [Authorize(Policy = Policies.Write)]
    public async Task<IActionResult> Patch(
        [FromODataUri] Guid key, [FromBody] Delta<T>? delta, ODataQueryOptions<T> options, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid || delta is null)
        {
            return ODataErrors.Validation(ModelStateErrors());
        }

        if (Request.Headers.IfMatch.Count == 0)
        {
            return ODataErrors.PreconditionRequired();
        }

        var entity = await Writable.FirstOrDefaultAsync(e => e.Id == key, cancellationToken);
        if (entity is null)
        {
            return ODataErrors.NotFound(EntitySet, key);
        }

        ETag? ifMatch;
        try
        {
            ifMatch = options.IfMatch;
        }
        catch (FormatException)
        {
            // OData's ETag handler base64-decodes the value and throws on anything else (hostile-input cases).
            ifMatch = null;
        }

        if (ifMatch is null || !ifMatch.IsWellFormed)
        {
            return ODataErrors.InvalidQuery("If-Match is not an ETag of this service.");
        }

        if (!ifMatch.IsAny)
        {
            var expected = Convert.ToInt64(ifMatch[nameof(AmEntity.Revision)], System.Globalization.CultureInfo.InvariantCulture);
            if (expected != entity.Revision)
            {
                return ODataErrors.PreconditionFailed(EntitySet, key);
            }
        }

        var refused = delta.GetChangedPropertyNames().Where(p => !rules.Patchable.Contains(p))
            .Select(p => new FieldError(p, "is managed by AmConnector and cannot be changed with PATCH."))
            .ToList();
        if (refused.Count > 0)
        {
            return ODataErrors.Validation(refused);
        }

        delta.Patch(entity);
        var errors = new List<FieldError>();
        await rules.PrepareUpdateAsync(entity, db, errors, cancellationToken);
        if (errors.Count > 0)
        {
            db.ChangeTracker.Clear();
            return ODataErrors.Validation(errors);
        }

        return await SaveAsync(key) ?? Updated(entity);
    }

    [Authorize(Policy = Policies.Write)]
    public IActionResult Delete([FromODataUri] Guid key) => ODataErrors.DeleteRefused(EntitySet);

    /// <summary>
    /// Runs a lifecycle action on one record the caller may change: 404 when it cannot see it (before
    /// anything about the body is said), 400 for bad parameters, 409 when the lifecycle refuses,
    /// else saves the change and its outbox events together and answers the record.
    /// </summary>
    protected async Task<IActionResult> RunActionAsync(
        IQueryable<T> source, Guid key, Func<T, Task<ActionOutcome>> action, CancellationToken cancellationToken, Func<T, Signatures.SigningRequest>? signing = null)
    {
        var entity = await source.FirstOrDefaultAsync(e => e.Id == key, cancellationToken);
        if (entity is null)
        {
            return ODataErrors.NotFound(EntitySet, key);
        }

        if (!ModelState.IsValid)
        {
            return ODataErrors.Validation(ModelStateErrors());
        }

        var outcome = await action(entity);
        switch (outcome.Result)
        {
            case ActionOutcome.Kind.Invalid:
                db.ChangeTracker.Clear();
                return ODataErrors.Validation(outcome.Errors ?? []);
            case ActionOutcome.Kind.Refused:
                db.ChangeTracker.Clear();
                return ODataErrors.Result(Microsoft.AspNetCore.Http.StatusCodes.Status409Conflict, "TransitionRefused", outcome.Message!, outcome.Errors);
            default:
                return signing is null ? await SaveAsync(key) ?? Ok(entity) : await SignAndSaveAsync(entity, signing(entity), cancellationToken);
        }
    }

    /// <summary>
    /// A signed action whose change is applied but not saved: the signature gate decides whether it
    /// takes effect now (200 with the record), waits for more signatures (202 with the record as it
    /// stands; only the signature is saved), or is refused (401, 403, 400, 409; nothing saved).
    /// </summary>
    protected async Task<IActionResult> SignAndSaveAsync(T entity, Signatures.SigningRequest request, CancellationToken cancellationToken)
    {
        var decision = await HttpContext.RequestServices.GetRequiredService<Signatures.SignatureGate>().SignAsync(request, cancellationToken);
        if (decision.IsRefusal)
        {
            db.ChangeTracker.Clear();
            return Signatures.SignatureResults.Refusal(decision, HttpContext.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<AmConnectorOptions>>().Value.Signatures);
        }

        if (await SaveAsync(entity.Id) is { } failed)
        {
            return failed;
        }

        if (decision.Result == Signatures.SignatureDecision.Kind.Pending)
        {
            var unchanged = await Readable.FirstAsync(e => e.Id == entity.Id, cancellationToken);
            return Signatures.SignatureResults.Pending(Response, decision, unchanged);
        }

        return Ok(entity);
    }

    protected static string? Text(ODataActionParameters? parameters, string name) =>
        parameters is not null && parameters.TryGetValue(name, out var value) && value is string text && !string.IsNullOrWhiteSpace(text) ? text : null;

    /// <summary>The meaning a signer gives a signed action (<c>meaning</c>), or null for the policy's next one.</summary>
    protected static Signatures.SignatureMeaning? Meaning(ODataActionParameters? parameters) =>
        parameters is not null && parameters.TryGetValue("meaning", out var value) && value is Signatures.SignatureMeaning meaning ? meaning : null;

    protected static Guid? Id(ODataActionParameters? parameters, string name) =>
        parameters is not null && parameters.TryGetValue(name, out var value) && value is Guid id ? id : null;

    /// <summary>Saves; maps a lost concurrency race to 412 and a duplicate natural key to 409. Null on success.</summary>
    protected async Task<IActionResult?> SaveAsync(Guid key)
    {
        try
        {
            await db.SaveChangesAsync(HttpContext.RequestAborted);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return ODataErrors.PreconditionFailed(EntitySet, key);
        }
        catch (AuditTrail.MissingReasonException ex)
        {
            db.ChangeTracker.Clear();
            return ODataErrors.Validation([new FieldError("reason", ex.Message)]);
        }
        catch (DbUpdateException ex) when (UniqueViolation.Is(ex))
        {
            db.ChangeTracker.Clear();
            return ODataErrors.Conflict($"A record of {EntitySet} with the same natural key already exists.");
        }
    }

    private List<FieldError> ModelStateErrors()
    {
        var errors = ModelState
            .Where(entry => entry.Value?.Errors.Count > 0)
            .SelectMany(entry => entry.Value!.Errors.Select(e => new FieldError(
                string.IsNullOrEmpty(entry.Key) ? "body" : entry.Key,
                string.IsNullOrEmpty(e.ErrorMessage) ? e.Exception?.Message ?? "is invalid." : e.ErrorMessage)))
            .ToList();
        return errors.Count > 0 ? errors : [new FieldError("body", "A JSON object of this entity type is required.")];
    }

    private static bool IsUntranslatableQuery(InvalidOperationException ex) => Http.BadRequestExceptions.IsUntranslatableQuery(ex);
}

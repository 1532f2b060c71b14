using AmConnector.ChangeNotices;
using AmConnector.Data;
using AmConnector.Lots;
using AmConnector.Materials;
using AmConnector.Qualifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AmConnector.Signatures;

/// <summary>
/// The one place a signed action asks whether it may take effect (21 CFR 11.50, 11.70, 11.200;
/// ADR signatures). The action applies its change to the tracked record, then calls
/// <see cref="SignAsync"/> before saving; the gate checks the signer, adds the signature to the
/// unit of work and weighs it against the action's policy with the valid pending signatures of
/// the same content by other people.
/// </summary>
internal sealed class SignatureGate(AmConnectorDbContext db, IOptions<AmConnectorOptions> options, TimeProvider clock)
{
    /// <summary>
    /// Signs <paramref name="request"/>. <b>Satisfied</b>: the signature (and the earlier ones it
    /// completes, now Effective) is in the unit of work beside the action's change; save both.
    /// <b>Pending</b>: the action's other changes are discarded (the change tracker is cleared) and
    /// only the Pending signature is left to save; the record stays as it was. A refusal adds nothing;
    /// the caller discards its changes and answers it (<see cref="SignatureResults.Refusal"/>).
    /// </summary>
    public async Task<SignatureDecision> SignAsync(SigningRequest request, CancellationToken cancellationToken)
    {
        var settings = options.Value.Signatures;
        var signer = SignerIdentity.Read(request.User, settings);
        if (signer is null)
        {
            return SignatureDecision.Refused(SignatureDecision.Kind.NotAPerson, "Authorization",
                $"A person must sign {request.Action}: sign in as yourself (authorization code at /connect/authorize) and send that token; a client's token or an API key cannot sign.");
        }

        var now = clock.GetUtcNow();
        if (now - signer.AuthenticatedAt > settings.ReauthenticationWindow)
        {
            return SignatureDecision.Refused(SignatureDecision.Kind.ReauthenticationRequired, "auth_time",
                $"Re-authenticate to sign: you signed in at {signer.AuthenticatedAt:O}, more than {settings.ReauthenticationWindow.TotalMinutes:0.#} minutes ago. " +
                $"Sign in again (prompt=login or max_age={(int)settings.ReauthenticationWindow.TotalSeconds}) and sign with the new token.");
        }

        if (string.IsNullOrWhiteSpace(request.Reason))
        {
            return SignatureDecision.Refused(SignatureDecision.Kind.Invalid, "reason", "is required: a signature states why.");
        }

        var record = request.Record;
        var entityType = record.GetType().Name;
        var fields = SignedFields.Of(record).ToList();
        var policy = settings.PolicyFor(request.Action, request.PolicyVariant);
        if (request.Meaning is { } asked && !policy.Contains(asked))
        {
            return SignatureDecision.Refused(SignatureDecision.Kind.Invalid, "meaning",
                $"{request.Action} is signed as {string.Join(" and ", policy)}; {asked} is not one of its meanings.");
        }

        // Earlier signatures count when they signed exactly this content (same fields, same action).
        var pending = await db.Set<Signature>().IgnoreQueryFilters([AmConnectorDbContext.SupplierScopeFilter])
            .Where(s => s.EntityKey == record.Id && s.Action == request.Action && s.IsValid && s.State == SignatureState.Pending)
            .ToListAsync(cancellationToken);
        var matching = pending
            .Where(s => s.ContentHash == SignedContent.HashOf(SignedContent.Of(entityType, record.Id, request.Action, s.Meaning, fields)))
            .ToList();
        if (matching.FirstOrDefault(s => s.SignerSubject == signer.Subject) is { } own)
        {
            return SignatureDecision.Refused(SignatureDecision.Kind.Conflict, "Authorization",
                $"{signer.Name} already signed this {request.Action} ({own.Meaning}, {own.SignedAt:O}); {string.Join(" and ", Missing(policy, matching))} must be signed by a different person.");
        }

        var missing = Missing(policy, matching);
        var meaning = request.Meaning ?? (missing.Count > 0 ? missing[0] : policy[^1]);
        if (missing.Count > 0 && !missing.Contains(meaning))
        {
            var by = matching.First(s => s.Meaning == meaning);
            return SignatureDecision.Refused(SignatureDecision.Kind.Conflict, "meaning",
                $"{meaning} of this {request.Action} is signed already, by {by.SignerName} at {by.SignedAt:O}; it still needs {string.Join(" and ", missing)}.");
        }

        var content = SignedContent.Of(entityType, record.Id, request.Action, meaning, fields);
        var signature = new Signature
        {
            EntityType = entityType,
            EntityKey = record.Id,
            Action = request.Action,
            Meaning = meaning,
            Reason = request.Reason.Trim(),
            SignerSubject = signer.Subject,
            SignerName = signer.Name,
            AuthenticatedAt = signer.AuthenticatedAt,
            ClientId = signer.ClientId,
            SignedAt = now,
            Content = content,
            ContentHash = SignedContent.HashOf(content),
            LotId = record is Lot ? record.Id : null,
            QualificationId = record is Qualification ? record.Id : null,
            MaterialId = record is Material ? record.Id : null,
            ChangeNoticeId = record is ChangeNotice ? record.Id : null,
        };
        var remaining = missing.Where(m => m != meaning).ToList();
        if (remaining.Count > 0)
        {
            // The record stays as it was until the policy is met: only the signature is saved.
            db.ChangeTracker.Clear();
            signature.State = SignatureState.Pending;
            db.Add(signature);
            db.Audit.Reason = signature.Reason;
            return new SignatureDecision(SignatureDecision.Kind.Pending, remaining, signature);
        }

        signature.State = SignatureState.Effective;
        foreach (var earlier in matching)
        {
            earlier.State = SignatureState.Effective;
        }

        db.Add(signature);
        db.Audit.Reason ??= signature.Reason;
        return new SignatureDecision(SignatureDecision.Kind.Satisfied, [], signature);
    }

    private static List<SignatureMeaning> Missing(IReadOnlyList<SignatureMeaning> policy, List<Signature> signed) =>
        policy.Where(m => signed.All(s => s.Meaning != m)).ToList();
}

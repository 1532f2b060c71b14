using System.ComponentModel.DataAnnotations;

namespace AmConnector.Signatures;

/// <summary>
/// <c>AmConnector:Signatures</c>: electronic signatures by people (ADR signatures). Policies bind
/// by key, so a site overrides one action's policy and keeps the defaults of the others.
/// </summary>
public sealed class SignatureOptions : IValidatableObject
{
    /// <summary>
    /// How long after signing in (<c>auth_time</c>) a person may sign (21 CFR 11.200(a)(1)): each
    /// signing session starts with a fresh sign-in. Older: 401 asking to re-authenticate.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:30", "12:00:00")]
    public TimeSpan ReauthenticationWindow { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// For an external authority: a claim a person's token must carry (e.g. <c>idtyp</c>), beside
    /// <c>sub</c> and <c>auth_time</c>. Empty: not checked. See <see cref="SignerIdentity"/>.
    /// </summary>
    public string? PersonClaim { get; set; }

    /// <summary>The value <see cref="PersonClaim"/> must have (e.g. <c>user</c>); empty: any value.</summary>
    public string? PersonClaimValue { get; set; }

    /// <summary>
    /// Keyed <c>Entity.Action</c> or <c>Entity.Action.Variant</c> (e.g. <c>ChangeNotice.Decide.Level3</c>).
    /// A configured key replaces its default in <see cref="Defaults"/>; the others stay.
    /// </summary>
    public Dictionary<string, SignaturePolicy> Policies { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Defaults (domain.md §5.7). Kept apart from <see cref="Policies"/> because configuration binding
    /// appends to a list it finds, so a configured policy would add to a default instead of replacing it.
    /// </summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<SignatureMeaning>> Defaults { get; } =
        new Dictionary<string, IReadOnlyList<SignatureMeaning>>(StringComparer.OrdinalIgnoreCase)
        {
            [SignedActions.LotRelease] = [SignatureMeaning.Approval],
            [SignedActions.QualificationComplete] = [SignatureMeaning.Approval],
            [SignedActions.MaterialOverrideTier] = [SignatureMeaning.Approval],
            [SignedActions.ChangeNoticeDecide] = [SignatureMeaning.Approval],
            [SignedActions.ChangeNoticeDecide + ".Level3"] = [SignatureMeaning.Review, SignatureMeaning.Approval],
        };

    /// <summary>The meanings the action needs in its variant, else for the action, else one Approval; configured before default.</summary>
    public IReadOnlyList<SignatureMeaning> PolicyFor(string action, string? variant)
    {
        string[] keys = variant is null ? [action] : [$"{action}.{variant}", action];
        foreach (var key in keys)
        {
            if (Policies.TryGetValue(key, out var configured))
            {
                return configured.Meanings;
            }

            if (Defaults.TryGetValue(key, out var fallback))
            {
                return fallback;
            }
        }

        return [SignatureMeaning.Approval];
    }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var (key, policy) in Policies)
        {
            if (policy.Meanings.Count == 0)
            {
                yield return new ValidationResult($"Signatures:Policies:{key} needs at least one meaning.", [nameof(Policies)]);
            }
            else if (policy.Meanings.Distinct().Count() != policy.Meanings.Count)
            {
                yield return new ValidationResult($"Signatures:Policies:{key} names a meaning twice; each meaning is signed once, by a different person.", [nameof(Policies)]);
            }
        }
    }
}

namespace AmConnector.Signatures;

/// <summary>What <see cref="SignatureGate.SignAsync"/> came to.</summary>
/// <param name="Result">Satisfied: apply and save. Pending: save (only the signature is left to save). Otherwise refused: save nothing.</param>
/// <param name="Missing">The meanings the policy still needs (Pending), by people other than those who signed.</param>
/// <param name="Signature">The new signature (Satisfied, Pending).</param>
/// <param name="Field">The parameter or claim a refusal is about.</param>
/// <param name="Message">Why a refusal, in words.</param>
internal sealed record SignatureDecision(
    SignatureDecision.Kind Result, IReadOnlyList<SignatureMeaning> Missing, Signature? Signature = null, string? Field = null, string? Message = null)
{
    public enum Kind
    {
        /// <summary>The policy is met with this signature: the action takes effect.</summary>
        Satisfied,

        /// <summary>Signed; the policy needs <see cref="Missing"/> from other people before the action takes effect.</summary>
        Pending,

        /// <summary>The caller is not a person (a client or an API key): 403.</summary>
        NotAPerson,

        /// <summary>The person signed in longer ago than the re-authentication window: 401.</summary>
        ReauthenticationRequired,

        /// <summary>Bad input, e.g. no reason or a meaning the policy does not use: 400.</summary>
        Invalid,

        /// <summary>The same person signed this already, or the meaning is signed: 409.</summary>
        Conflict,
    }

    public bool IsRefusal => Result is not (Kind.Satisfied or Kind.Pending);

    public static SignatureDecision Refused(Kind kind, string field, string message) => new(kind, [], null, field, message);
}

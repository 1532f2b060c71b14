using AmConnector.Common;

namespace AmConnector.Lots;

/// <summary>What a lot action came to: done, refused for bad input (400), or refused by the lifecycle or the release gate (409).</summary>
internal sealed record LotActionOutcome(LotActionOutcome.Kind Result, string? Message = null, IReadOnlyList<FieldError>? Errors = null)
{
    public enum Kind
    {
        Done,
        Invalid,
        Refused,
    }

    public static LotActionOutcome Done { get; } = new(Kind.Done);

    public static LotActionOutcome Invalid(params FieldError[] errors) => new(Kind.Invalid, null, errors);

    public static LotActionOutcome Refused(string message, IReadOnlyList<FieldError>? errors = null) => new(Kind.Refused, message, errors);
}

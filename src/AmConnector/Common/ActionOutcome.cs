namespace AmConnector.Common;

/// <summary>What a lifecycle action came to: done, refused for bad input (400), or refused by the lifecycle or the release gate (409).</summary>
internal sealed record ActionOutcome(ActionOutcome.Kind Result, string? Message = null, IReadOnlyList<FieldError>? Errors = null)
{
    public enum Kind
    {
        Done,
        Invalid,
        Refused,
    }

    public static ActionOutcome Done { get; } = new(Kind.Done);

    public static ActionOutcome Invalid(params FieldError[] errors) => new(Kind.Invalid, null, errors);

    public static ActionOutcome Refused(string message, IReadOnlyList<FieldError>? errors = null) => new(Kind.Refused, message, errors);
}

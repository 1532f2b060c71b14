using AmConnector.Common;

namespace AmConnector.Webhooks.Inbound;

/// <summary>What a handler made of an event: accepted (with what to tell the supplier), or refused with the fields at fault.</summary>
internal sealed record InboundResult(bool IsAccepted, object? Details, int Status = 202, string? Title = null, IReadOnlyList<FieldError>? Errors = null)
{
    public static InboundResult Accepted(object details) => new(true, details);

    /// <summary>The event is well formed but names something AmConnector does not have (422).</summary>
    public static InboundResult Unprocessable(string title, params IReadOnlyList<FieldError> errors) => new(false, null, 422, title, errors);

    /// <summary>The event contradicts what is stored, e.g. an older version or a duplicate reference (409).</summary>
    public static InboundResult Conflict(string title, params IReadOnlyList<FieldError> errors) => new(false, null, 409, title, errors);
}

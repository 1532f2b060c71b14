using AmConnector.Common;

namespace AmConnector.ChangeNotices;

/// <summary>
/// What an intake call came to: the notice (added or changed in the context's change set, not yet
/// saved) or the errors. <see cref="IsConflict"/>: the notice already exists (409);
/// <see cref="IsNotFound"/>: no such notice to revise or withdraw (404); else errors are bad input (400).
/// </summary>
internal sealed record ChangeNoticeIntakeResult(ChangeNotice? Notice, IReadOnlyList<FieldError> Errors, bool IsConflict = false)
{
    public bool IsNotFound { get; init; }

    /// <summary>The notice's state does not allow the change (a revision of a Closed notice): 409.</summary>
    public bool IsRefused { get; init; }

    public bool Succeeded => Errors.Count == 0 && Notice is not null;

    /// <summary>What the data package lacks, for the supplier's 202 answer.</summary>
    public IReadOnlyList<MissingItem> MissingItems => Notice?.MissingItems ?? [];

    public static ChangeNoticeIntakeResult Done(ChangeNotice notice) => new(notice, []);

    public static ChangeNoticeIntakeResult Invalid(IReadOnlyList<FieldError> errors) => new(null, errors);

    public static ChangeNoticeIntakeResult Conflict(string field, string message) => new(null, [new FieldError(field, message)], IsConflict: true);

    public static ChangeNoticeIntakeResult NotFound(string field, string message) => new(null, [new FieldError(field, message)]) { IsNotFound = true };

    public static ChangeNoticeIntakeResult Refused(ChangeNotice notice, string field, string message) => new(notice, [new FieldError(field, message)]) { IsRefused = true };
}

using AmConnector.Common;

namespace AmConnector.ChangeNotices;

internal sealed record ChangeNoticeIntakeResult(ChangeNotice? Notice, IReadOnlyList<FieldError> Errors, bool IsConflict = false);

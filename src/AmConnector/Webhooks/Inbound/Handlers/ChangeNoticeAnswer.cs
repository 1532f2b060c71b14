using AmConnector.ChangeNotices;

namespace AmConnector.Webhooks.Inbound.Handlers;

/// <summary>
/// What the supplier hears about its notice: its status, and what the data package still lacks
/// (domain.md §5.4), so the supplier can complete it with a revision without waiting for QA.
/// </summary>
internal static class ChangeNoticeAnswer
{
    public static InboundResult Of(ChangeNoticeIntakeResult result)
    {
        if (result.Errors.Count > 0 || result.Notice is not { } notice)
        {
            return result.IsConflict
                ? InboundResult.Conflict("The change notice contradicts what is stored.", result.Errors)
                : InboundResult.Unprocessable("The change notice was not accepted.", result.Errors);
        }

        return InboundResult.Accepted(new
        {
            noticeId = notice.Id,
            supplierReference = notice.SupplierReference,
            version = notice.Version,
            status = notice.Status.ToString(),
            missingItems = notice.MissingItems,
            leadTimeDays = notice.LeadTimeDays,
            requiredLeadTimeDays = notice.RequiredLeadTimeDays,
            leadTimeShortfallDays = notice.LeadTimeShortfallDays,
            requiresImmediateTriage = notice.RequiresImmediateTriage,
        });
    }
}

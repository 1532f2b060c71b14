using AmConnector.ChangeNotices;
using AmConnector.Common;

namespace AmConnector.Webhooks.Inbound.Handlers;

/// <summary>
/// What the supplier hears about its notice: its status, and what the data package still lacks
/// (domain.md §5.4), so the supplier can complete it with a revision without waiting for QA.
/// </summary>
internal static class ChangeNoticeAnswer
{
    public static InboundResult Of(ChangeNoticeIntakeResult result)
    {
        if (!result.Succeeded)
        {
            // The intake names entity properties; the supplier sent JSON, so point into its data.
            var errors = result.Errors.Select(e => e with { Field = "/data/" + char.ToLowerInvariant(e.Field[0]) + e.Field[1..] }).ToList();
            return result switch
            {
                { IsConflict: true } => InboundResult.Conflict("The notice was published before; send am.change-notice.revised.", errors),
                { IsRefused: true } => InboundResult.Conflict("The notice's state does not allow this.", errors),
                { IsNotFound: true } => InboundResult.Unprocessable("The notice is not known here.", errors),
                _ => InboundResult.Unprocessable("The change notice was not accepted.", errors),
            };
        }

        var notice = result.Notice!;
        return InboundResult.Accepted(new
        {
            noticeId = notice.Id,
            supplierReference = notice.SupplierReference,
            version = notice.Version,
            status = notice.Status.ToString(),
            missingItems = result.MissingItems,
            leadTimeDays = notice.LeadTimeDays,
            requiredLeadTimeDays = notice.RequiredLeadTimeDays,
            leadTimeShortfallDays = notice.LeadTimeShortfallDays,
            requiresImmediateTriage = notice.RequiresImmediateTriage,
        });
    }
}

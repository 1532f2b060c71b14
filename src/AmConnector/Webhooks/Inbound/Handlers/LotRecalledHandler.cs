using AmConnector.Common;
using AmConnector.Lots;
using Microsoft.EntityFrameworkCore;

namespace AmConnector.Webhooks.Inbound.Handlers;

/// <summary><c>am.lot.recalled</c>: the lot moves to Recalled (domain.md §4.1), announced like any status change.</summary>
internal sealed class LotRecalledHandler(LotLifecycle lifecycle) : IInboundEventHandler
{
    public string Type => InboundEventTypes.LotRecalled;

    public async Task<InboundResult> HandleAsync(InboundEventContext context, CancellationToken cancellationToken)
    {
        var data = context.Data<LotRecalledData>();
        var code = context.Supplier.Code;
        var lot = await context.Db.Lots.FirstOrDefaultAsync(
            l => l.SupplierCode == code && l.CatalogueNumber == data.CatalogueNumber && l.LotNumber == data.LotNumber, cancellationToken);
        if (lot is null)
        {
            return InboundResult.Unprocessable("The recalled lot is not known here.",
                new FieldError("/data/lotNumber", $"{code}/{data.CatalogueNumber}/{data.LotNumber} is not a lot AmConnector holds."));
        }

        var reason = $"Recalled by supplier {code}: {data.Reason}";
        context.Db.Audit.Reason = reason;
        var outcome = await lifecycle.ChangeStatusAsync(lot, LotStatus.Recalled, reason, null, cancellationToken);
        return outcome.Result switch
        {
            ActionOutcome.Kind.Done => InboundResult.Accepted(new { lotId = lot.Id, status = lot.Status.ToString() }),
            ActionOutcome.Kind.Refused => InboundResult.Conflict(outcome.Message ?? "The lot cannot be recalled.", outcome.Errors ?? []),
            _ => InboundResult.Unprocessable(outcome.Message ?? "The recall was refused.", outcome.Errors ?? []),
        };
    }

    private sealed record LotRecalledData(string CatalogueNumber, string LotNumber, string Reason, DateOnly? RecalledOn);
}

using AmConnector.ChangeNotices;

namespace AmConnector.Webhooks.Inbound.Handlers;

/// <summary><c>am.change-notice.published</c>: a new notice, through the change-notice intake (lead time, completeness, impact).</summary>
internal sealed class ChangeNoticePublishedHandler(ChangeNoticeIntake intake) : IInboundEventHandler
{
    public string Type => InboundEventTypes.ChangeNoticePublished;

    public async Task<InboundResult> HandleAsync(InboundEventContext context, CancellationToken cancellationToken)
    {
        var notice = context.Data<ChangeNoticeData>().ToNotice(context.Supplier, context.ReceivedAt);
        var result = await intake.PublishAsync(context.Db, notice, context.Event.Data.GetRawText(), cancellationToken);
        return ChangeNoticeAnswer.Of(result);
    }
}

/// <summary><c>am.change-notice.revised</c>: a higher version of a notice; every version is kept.</summary>
internal sealed class ChangeNoticeRevisedHandler(ChangeNoticeIntake intake) : IInboundEventHandler
{
    public string Type => InboundEventTypes.ChangeNoticeRevised;

    public async Task<InboundResult> HandleAsync(InboundEventContext context, CancellationToken cancellationToken)
    {
        var notice = context.Data<ChangeNoticeData>().ToNotice(context.Supplier, context.ReceivedAt);
        var result = await intake.ReviseAsync(context.Db, notice, context.Event.Data.GetRawText(), cancellationToken);
        return ChangeNoticeAnswer.Of(result);
    }
}

/// <summary><c>am.change-notice.withdrawn</c>: an open notice is cancelled.</summary>
internal sealed class ChangeNoticeWithdrawnHandler(ChangeNoticeIntake intake) : IInboundEventHandler
{
    public string Type => InboundEventTypes.ChangeNoticeWithdrawn;

    public async Task<InboundResult> HandleAsync(InboundEventContext context, CancellationToken cancellationToken)
    {
        var data = context.Data<WithdrawnData>();
        var result = await intake.WithdrawAsync(context.Db, context.Supplier.Id, data.SupplierReference, data.Reason, cancellationToken);
        return ChangeNoticeAnswer.Of(result);
    }

    private sealed record WithdrawnData(string SupplierReference, string Reason);
}

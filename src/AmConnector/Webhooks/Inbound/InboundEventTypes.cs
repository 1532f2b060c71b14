namespace AmConnector.Webhooks.Inbound;

/// <summary>The CloudEvent types a supplier may send (design.md); each has a schema in <c>contracts/events/</c>.</summary>
public static class InboundEventTypes
{
    public const string ChangeNoticePublished = "am.change-notice.published";
    public const string ChangeNoticeRevised = "am.change-notice.revised";
    public const string ChangeNoticeWithdrawn = "am.change-notice.withdrawn";
    public const string CoaIssued = "am.coa.issued";
    public const string LotRecalled = "am.lot.recalled";
    public const string ProductInformationUpdated = "am.product-information.updated";

    /// <summary>A supplier's setup check: stored and answered, with no business effect.</summary>
    public const string Test = "am.test";

    public static IReadOnlyList<string> All { get; } =
        [ChangeNoticePublished, ChangeNoticeRevised, ChangeNoticeWithdrawn, CoaIssued, LotRecalled, ProductInformationUpdated, Test];
}

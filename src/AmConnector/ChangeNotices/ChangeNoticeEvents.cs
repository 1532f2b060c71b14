using AmConnector.Data;
using AmConnector.Outbox;

namespace AmConnector.ChangeNotices;

/// <summary>
/// The change-notice events (contracts/events/am.change-notice.*.schema.json), one shape per type
/// whatever causes it. <c>received</c> and <c>assessed</c> go to the site's subscribers;
/// <c>acknowledged</c> and <c>information-requested</c> to the notice's supplier, so they carry nothing
/// of the site's own evaluation.
/// </summary>
internal static class ChangeNoticeEvents
{
    public static string Subject(ChangeNotice notice) => $"change-notices/{notice.SupplierCode}/{notice.SupplierReference}";

    public static void Received(AmConnectorDbContext db, OutboxWriter outbox, ChangeNotice notice, bool revision) =>
        Add(db, outbox, EventTypes.ChangeNoticeReceived, notice, new
        {
            notice = Name(notice),
            notice.Level,
            notice.Area,
            notice.Status,
            revision,
            notice.NotifiedAt,
            notice.PlannedImplementationOn,
            leadTime = LeadTime(notice),
            notice.RequiresImmediateTriage,
            missingItems = Missing(notice),
            affected = Affected(notice),
            proposal = new
            {
                requalification = notice.Proposal.RequalificationProposed,
                lotHold = notice.Proposal.LotHoldProposed,
                explanation = notice.Proposal.Explanation ?? "",
            },
        });

    /// <summary>To the supplier: the notice arrived (stage <c>received</c>) or QA has triaged it (<c>triaged</c>).</summary>
    public static void Acknowledged(AmConnectorDbContext db, OutboxWriter outbox, ChangeNotice notice, string stage, DateTimeOffset at) =>
        Add(db, outbox, EventTypes.ChangeNoticeAcknowledged, notice, new
        {
            notice = Name(notice),
            notice.Level,
            notice.Area,
            stage,
            notice.Status,
            acknowledgedAt = at,
            leadTime = LeadTime(notice),
            missingItems = Missing(notice),
        });

    public static void Assessed(AmConnectorDbContext db, OutboxWriter outbox, ChangeNotice notice) =>
        Add(db, outbox, EventTypes.ChangeNoticeAssessed, notice, new
        {
            notice = Name(notice),
            notice.Level,
            notice.Area,
            decision = notice.Status,
            impact = notice.Assessment.Impact,
            actions = notice.Assessment.ChosenActions,
            reason = notice.Assessment.Reason,
            assessedBy = notice.Assessment.AssessedBy,
            assessedAt = notice.Assessment.AssessedAt,
            hostChangeControlReference = notice.Assessment.HostChangeControlReference,
            leadTime = LeadTime(notice),
            affected = Affected(notice),
        });

    public static void InformationRequested(AmConnectorDbContext db, OutboxWriter outbox, ChangeNotice notice, InformationRequest request) =>
        Add(db, outbox, EventTypes.ChangeNoticeInformationRequested, notice, new
        {
            notice = Name(notice),
            notice.Level,
            notice.Area,
            notice.Status,
            items = request.Items,
            message = request.Message,
            requestedAt = request.RequestedAt,
            missingItems = Missing(notice),
        });

    private static void Add(AmConnectorDbContext db, OutboxWriter outbox, string type, ChangeNotice notice, object data) =>
        outbox.Add(db, type, Subject(notice), data, notice.SupplierCode,
            notice.AffectedCatalogueNumbers.Count == 1 ? notice.AffectedCatalogueNumbers[0] : null);

    private static object Name(ChangeNotice notice) => new
    {
        noticeId = notice.Id, notice.SupplierCode, notice.SupplierReference, notice.Version, notice.Title,
    };

    private static object LeadTime(ChangeNotice notice) => new
    {
        days = notice.LeadTimeDays,
        requiredDays = notice.RequiredLeadTimeDays,
        shortfallDays = notice.LeadTimeShortfallDays,
        isShort = notice.LeadTimeShortfallDays is > 0,
    };

    private static object[] Missing(ChangeNotice notice) => [.. notice.MissingItems.Select(m => new { code = m.Code, description = m.Description })];

    private static object Affected(ChangeNotice notice) => new
    {
        catalogueNumbers = notice.AffectedCatalogueNumbers,
        unmatchedCatalogueNumbers = notice.Proposal.UnmatchedCatalogueNumbers,
        lotNumbers = notice.AffectedLotNumbers,
        lots = notice.Proposal.AffectedLots.Select(l => new { lotId = l.LotId, catalogueNumber = l.CatalogueNumber, lotNumber = l.LotNumber, status = l.Status, holdProposed = l.HoldProposed }),
        qualificationIds = notice.Proposal.AffectedQualifications.Select(q => q.QualificationId),
        riskAssessmentIds = notice.Proposal.AffectedRiskAssessments.Select(r => r.RiskAssessmentId),
    };
}

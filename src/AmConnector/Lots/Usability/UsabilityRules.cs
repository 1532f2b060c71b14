using AmConnector.Certificates;
using AmConnector.Qualifications;
using AmConnector.Suppliers;

namespace AmConnector.Lots.Usability;

/// <summary>
/// The usability rules of domain.md §5.6, as a pure function of the facts, the day and the use:
/// every reason is collected (not only the first), so a QA reviewer sees the whole picture.
/// </summary>
internal static class UsabilityRules
{
    public static LotUsability Evaluate(UsabilityFacts facts, DateOnly today, string? use, int expiryWarningDays)
    {
        var reasons = new List<UsabilityReason>();
        var lot = facts.Lot;

        LotStatusReasons(lot, today, reasons);
        foreach (var hold in lot.Holds.Where(h => h.LiftedAt is null))
        {
            Block(reasons, UsabilityCodes.LotOnHold, $"The lot is on hold ({hold.Source}): {hold.Reason}");
        }

        foreach (var coa in facts.Certificates.Where(c => c.Type == CertificateType.CertificateOfAnalysis && c.Verdict == CoaVerdict.OutOfSpecification))
        {
            Block(reasons, UsabilityCodes.CoaOutOfSpecification, $"The certificate of analysis {coa.DocumentNumber ?? coa.Id.ToString()} is out of specification.");
        }

        QualificationReasons(facts.Qualifications, use, reasons);
        SupplierReasons(facts.Supplier, reasons);
        CertificateReasons(facts, today, reasons);

        foreach (var notice in facts.OpenNoticesNamingTheMaterial)
        {
            Condition(reasons, UsabilityCodes.ChangeNoticeUnderAssessment, $"Change notice {notice} names this material and is not yet decided.");
        }

        if (lot.ExpiresOn is { } expires && expires >= today && expires <= today.AddDays(expiryWarningDays))
        {
            Condition(reasons, UsabilityCodes.LotExpiringSoon, $"The lot expires on {expires:yyyy-MM-dd}, within {expiryWarningDays} days.");
        }

        return new LotUsability
        {
            SupplierCode = lot.SupplierCode,
            CatalogueNumber = lot.CatalogueNumber,
            LotNumber = lot.LotNumber,
            LotId = lot.Id,
            Use = use,
            EvaluatedOn = today,
            Reasons = reasons,
            Verdict = reasons.Any(r => r.Blocking) ? Usability.NotUsable
                : reasons.Count > 0 ? Usability.UsableWithConditions
                : Usability.Usable,
        };
    }

    /// <summary>The status a lot reads as today: a released lot past its expiry date is Expired even before the daily job has run.</summary>
    public static LotStatus EffectiveStatus(Lot lot, DateOnly today) =>
        lot.Status is LotStatus.Released or LotStatus.ConditionallyReleased && lot.ExpiresOn < today ? LotStatus.Expired : lot.Status;

    private static void LotStatusReasons(Lot lot, DateOnly today, List<UsabilityReason> reasons)
    {
        switch (EffectiveStatus(lot, today))
        {
            case LotStatus.Quarantine:
                Block(reasons, UsabilityCodes.LotNotReleased, "The lot is in quarantine: not released by QA.");
                break;
            case LotStatus.Rejected:
                Block(reasons, UsabilityCodes.LotRejected, $"The lot was rejected{Because(lot.StatusReason)}.");
                break;
            case LotStatus.Recalled:
                Block(reasons, UsabilityCodes.LotRecalled, $"The lot was recalled{Because(lot.StatusReason)}.");
                break;
            case LotStatus.Consumed:
                Block(reasons, UsabilityCodes.LotConsumed, "The lot is marked consumed.");
                break;
            case LotStatus.Expired:
                Block(reasons, UsabilityCodes.LotExpired, $"The lot expired on {lot.ExpiresOn:yyyy-MM-dd}.");
                break;
            case LotStatus.ConditionallyReleased:
                Condition(reasons, UsabilityCodes.LotConditionallyReleased, $"The lot is released on conditions: {lot.ReleaseConditions}");
                break;
            default:
                break;
        }

        if (lot.RetestOn is { } retest && retest < today)
        {
            Block(reasons, UsabilityCodes.LotRetestDue, $"The lot's retest date {retest:yyyy-MM-dd} has passed.");
        }
    }

    private static void QualificationReasons(IReadOnlyList<Qualification> qualifications, string? use, List<UsabilityReason> reasons)
    {
        var forUse = qualifications.Where(q => string.IsNullOrWhiteSpace(use) || string.Equals(q.UseContext, use, StringComparison.OrdinalIgnoreCase)).ToList();
        if (forUse.Any(q => q.Status == QualificationStatus.Qualified))
        {
            return;
        }

        var conditional = forUse.FirstOrDefault(q => q.Status == QualificationStatus.ConditionallyQualified);
        if (conditional is not null)
        {
            Condition(reasons, UsabilityCodes.QualificationConditional, $"The material is qualified on conditions for {conditional.UseContext}: {conditional.Conditions}");
            return;
        }

        var state = forUse.Count == 0 ? "has no qualification" : $"is {string.Join(", ", forUse.Select(q => q.Status).Distinct())}";
        Block(reasons, UsabilityCodes.MaterialNotQualified,
            $"The material {state}{(string.IsNullOrWhiteSpace(use) ? "" : $" for the use '{use}'")}.");
    }

    private static void SupplierReasons(Supplier supplier, List<UsabilityReason> reasons)
    {
        switch (supplier.Approval)
        {
            case SupplierApproval.Suspended:
                Block(reasons, UsabilityCodes.SupplierSuspended, $"The supplier {supplier.Code} is suspended.");
                break;
            case SupplierApproval.Disqualified:
                Block(reasons, UsabilityCodes.SupplierDisqualified, $"The supplier {supplier.Code} is disqualified.");
                break;
            case SupplierApproval.Pending:
                Block(reasons, UsabilityCodes.SupplierNotApproved, $"The supplier {supplier.Code} is not yet approved.");
                break;
            case SupplierApproval.Conditional:
                Condition(reasons, UsabilityCodes.SupplierConditional, $"The supplier {supplier.Code} is approved on conditions.");
                break;
            default:
                break;
        }
    }

    private static void CertificateReasons(UsabilityFacts facts, DateOnly today, List<UsabilityReason> reasons)
    {
        foreach (var (type, lapsedOn) in RequiredCertificates.Unmet(facts.Material, facts.Lot, facts.Certificates, today))
        {
            var what = RequiredCertificates.Describe(type);
            if (lapsedOn is null)
            {
                Block(reasons, UsabilityCodes.CertificateMissing, $"No {what} is on file for {facts.Material.CatalogueNumber}.");
            }
            else
            {
                Block(reasons, UsabilityCodes.CertificateLapsed, $"The {what} for {facts.Material.CatalogueNumber} lapsed on {lapsedOn:yyyy-MM-dd}.");
            }
        }
    }

    private static string Because(string? reason) => string.IsNullOrWhiteSpace(reason) ? "" : $": {reason}";

    private static void Block(List<UsabilityReason> reasons, string code, string message) =>
        reasons.Add(new UsabilityReason { Code = code, Message = message, Blocking = true });

    private static void Condition(List<UsabilityReason> reasons, string code, string message) =>
        reasons.Add(new UsabilityReason { Code = code, Message = message, Blocking = false });
}

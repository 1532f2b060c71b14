using System.Globalization;
using AmConnector.Data;
using AmConnector.Lots;
using AmConnector.Materials;
using AmConnector.Qualifications;
using Microsoft.EntityFrameworkCore;

namespace AmConnector.ChangeNotices;

/// <summary>
/// Resolves a notice to the site's records it touches and proposes actions (domain.md §5.5): the
/// supplier's materials whose catalogue number the notice names, their open lots (Quarantine or
/// released, not expired), qualifications and risk assessments. Runs on receipt and on every revision.
/// </summary>
/// <remarks>
/// It reads past the caller's row scope: a supplier's client may enter a notice by hand, but the
/// impact on the site's qualifications and risk assessments (which that client cannot see) must still
/// be complete. The result is the site's own and hidden from suppliers.
/// </remarks>
internal sealed class ImpactResolver(TimeProvider clock)
{
    private static readonly string[] Scope = [AmConnectorDbContext.SupplierScopeFilter];

    private static readonly ChangeArea[] RequalificationAreas = [ChangeArea.Site, ChangeArea.Process, ChangeArea.SourceOrOrigin, ChangeArea.Specification];

    private static readonly ChangeArea[] HoldAreas = [ChangeArea.SourceOrOrigin, ChangeArea.Specification];

    /// <summary>Links the affected materials (tracked, so they join the notice) and stores the proposal on the notice.</summary>
    public async Task<IReadOnlyList<Material>> ResolveAsync(AmConnectorDbContext db, ChangeNotice notice, CancellationToken cancellationToken)
    {
        var named = notice.AffectedCatalogueNumbers.Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c.Trim()).Distinct(StringComparer.Ordinal).ToList();
        var supplierCode = notice.SupplierCode;
        var materials = await db.Materials.IgnoreQueryFilters(Scope)
            .Where(m => m.SupplierCode == supplierCode && named.Contains(m.CatalogueNumber))
            .OrderBy(m => m.CatalogueNumber)
            .ToListAsync(cancellationToken);
        var ids = materials.Select(m => m.Id).ToList();
        var catalogue = materials.ToDictionary(m => m.Id, m => m.CatalogueNumber);

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var lots = await db.Lots.IgnoreQueryFilters(Scope).AsNoTracking()
            .Where(l => ids.Contains(l.MaterialId) &&
                        (l.Status == LotStatus.Quarantine || l.Status == LotStatus.Released || l.Status == LotStatus.ConditionallyReleased) &&
                        (l.ExpiresOn == null || l.ExpiresOn >= today))
            .OrderBy(l => l.CatalogueNumber).ThenBy(l => l.LotNumber)
            .ToListAsync(cancellationToken);
        var qualifications = await db.Qualifications.IgnoreQueryFilters(Scope).AsNoTracking()
            .Where(q => ids.Contains(q.MaterialId) && q.Status != QualificationStatus.Retired && q.Status != QualificationStatus.Disqualified)
            .OrderBy(q => q.UseContext)
            .ToListAsync(cancellationToken);
        var risks = await db.RiskAssessments.IgnoreQueryFilters(Scope).AsNoTracking()
            .Where(r => ids.Contains(r.MaterialId))
            .OrderBy(r => r.UseContext)
            .ToListAsync(cancellationToken);

        var namedLots = notice.AffectedLotNumbers.Append(notice.FirstAffectedLotOrDate ?? "").Where(n => n.Length > 0).ToHashSet(StringComparer.Ordinal);
        var changeDate = ChangeDate(notice);
        var affectedLots = lots.Select(l => new AffectedLot
        {
            LotId = l.Id,
            CatalogueNumber = l.CatalogueNumber,
            LotNumber = l.LotNumber,
            Status = l.Status,
            ManufacturedOn = l.ManufacturedOn,
            HoldProposed = namedLots.Contains(l.LotNumber) || (changeDate is { } date && l.ManufacturedOn >= date),
        }).ToList();

        var proposal = new ImpactProposal
        {
            AffectedLots = affectedLots,
            AffectedLotCount = affectedLots.Count,
            AffectedQualifications = [.. qualifications.Select(q => new AffectedQualification
            {
                QualificationId = q.Id, CatalogueNumber = catalogue[q.MaterialId], UseContext = q.UseContext, Status = q.Status,
            })],
            AffectedQualificationCount = qualifications.Count,
            AffectedRiskAssessments = [.. risks.Select(r => new AffectedRiskAssessment
            {
                RiskAssessmentId = r.Id, CatalogueNumber = catalogue[r.MaterialId], UseContext = r.UseContext, Level = r.Level,
            })],
            UnmatchedCatalogueNumbers = [.. named.Where(c => materials.All(m => m.CatalogueNumber != c))],
            ResolvedAt = clock.GetUtcNow(),
        };
        Propose(notice, proposal, changeDate);
        notice.Proposal = proposal;
        return materials;
    }

    private static void Propose(ChangeNotice notice, ImpactProposal proposal, DateOnly? changeDate)
    {
        var why = new List<string>();
        if (notice.Level is ChangeLevel.Level2 or ChangeLevel.Level3 or ChangeLevel.Emergency)
        {
            why.Add(notice.Level == ChangeLevel.Emergency ? "an Emergency notice" : $"level {(int)notice.Level}");
        }

        if (RequalificationAreas.Contains(notice.Area))
        {
            why.Add($"a {notice.Area} change");
        }

        if (why.Count > 0)
        {
            proposal.RequalificationProposed = true;
            var requalifiable = proposal.AffectedQualifications.Count(q => q.Status is QualificationStatus.Qualified or QualificationStatus.ConditionallyQualified);
            proposal.Actions.Add(new ProposedAction
            {
                Action = NoticeAction.RequireRequalification,
                Explanation = $"Requalification: {string.Join(" and ", why)}. " +
                              $"{Count(requalifiable, "qualification")} of the affected materials would become RequalificationRequired.",
            });
        }

        var toHold = proposal.AffectedLots.Where(l => l.HoldProposed).Select(l => l.LotNumber).ToList();
        if (HoldAreas.Contains(notice.Area) && toHold.Count > 0)
        {
            proposal.LotHoldProposed = true;
            var after = changeDate is { } date ? $" or made on or after the change date {date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}" : "";
            proposal.Actions.Add(new ProposedAction
            {
                Action = NoticeAction.HoldLots,
                Explanation = $"Lot hold: a {notice.Area} change, and {Count(toHold.Count, "open lot")} named by the notice{after}: {string.Join(", ", toHold)}.",
            });
        }

        proposal.Explanation = proposal.Actions.Count == 0
            ? $"No action proposed: a {notice.Area} change at {notice.Level} needs neither requalification nor a lot hold."
            : string.Join(" ", proposal.Actions.Select(a => a.Explanation));
    }

    /// <summary>The first affected date the supplier gave (an ISO date in FirstAffectedLotOrDate), else the planned implementation date.</summary>
    private static DateOnly? ChangeDate(ChangeNotice notice) =>
        DateOnly.TryParseExact(notice.FirstAffectedLotOrDate?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : notice.PlannedImplementationOn;

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";
}

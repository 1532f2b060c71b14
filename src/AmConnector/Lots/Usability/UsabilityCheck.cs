using AmConnector.Certificates;
using AmConnector.ChangeNotices;
using AmConnector.Data;
using AmConnector.Qualifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AmConnector.Lots.Usability;

/// <summary>
/// Loads the facts for a batch of lots in four set-based queries (lots with holds, material and
/// supplier; certificates; qualifications; open change notices), however many lots are asked
/// about, then applies <see cref="UsabilityRules"/>. The caller's row scope applies to every query.
/// A site caller's verdicts are kept in <see cref="UsabilityAnswerCache"/> until the next write or day.
/// </summary>
internal sealed class UsabilityCheck(
    AmConnectorDbContext db, IRowScope rowScope, UsabilityAnswerCache cache, AuditTrail.AuditHeadReader heads, TimeProvider clock, IOptions<AmConnectorOptions> options)
{
    /// <summary>
    /// Why a supplier's client may not ask: the answer rests on the site's own qualifications and
    /// their conditions, which a supplier does not see; without them it would be wrong.
    /// </summary>
    public const string SiteOnly = "The usability check is the site's question: it rests on the site's qualifications, which a supplier's client does not see.";

    private static readonly ChangeNoticeStatus[] Undecided = [ChangeNoticeStatus.Received, ChangeNoticeStatus.Triaged, ChangeNoticeStatus.UnderAssessment];

    public async Task<List<LotUsability>> CheckAsync(IReadOnlyList<LotKey> keys, string? use, CancellationToken cancellationToken)
    {
        var answers = await AnswersAsync(cancellationToken);
        // The lot number narrows on its index; the exact natural key is matched in memory.
        var lotNumbers = keys.Select(k => k.LotNumber).Distinct().ToList();
        var candidates = await LotsWithFacts().Where(l => lotNumbers.Contains(l.LotNumber)).ToListAsync(cancellationToken);
        var byKey = candidates.ToDictionary(l => (l.SupplierCode, l.CatalogueNumber, l.LotNumber));
        var found = keys.Select(k => byKey.GetValueOrDefault((k.SupplierCode, k.CatalogueNumber, k.LotNumber))).ToList();

        var evaluated = await EvaluateAsync([.. found.OfType<Lot>().DistinctBy(l => l.Id)], use, answers, cancellationToken);
        return [.. keys.Select((key, i) => found[i] is { } lot ? evaluated[lot.Id] : NotFound(key, use, answers.Day))];
    }

    public async Task<LotUsability?> CheckAsync(Guid lotId, string? use, CancellationToken cancellationToken)
    {
        var answers = await AnswersAsync(cancellationToken);
        if (answers.TryGet(lotId, use, out var known))
        {
            return known;
        }

        var lot = await LotsWithFacts().FirstOrDefaultAsync(l => l.Id == lotId, cancellationToken);
        return lot is null ? null : (await EvaluateAsync([lot], use, answers, cancellationToken))[lot.Id];
    }

    /// <summary>
    /// The answers valid now. The head is read before any fact, so whatever is read after it is at
    /// least as new as the stamp it is kept under. A supplier's client sees a narrower set (and is
    /// refused the answer): it neither reads nor fills the site's cache.
    /// </summary>
    /// <remarks>
    /// Read here again even when <see cref="UsabilityResponseFilter"/> has just read it: the sub-requests
    /// of a <c>$batch</c> share this scope, and a write between two of them must end what the first read.
    /// </remarks>
    private async Task<UsabilityAnswers> AnswersAsync(CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var head = await heads.ReadAsync(cancellationToken);
        return rowScope.IsSupplier ? UsabilityAnswerCache.Uncached(today) : cache.For(head, today);
    }

    private IQueryable<Lot> LotsWithFacts() =>
        db.Lots.AsNoTracking().Include(l => l.Holds).Include(l => l.Material!).ThenInclude(m => m.Supplier).AsSingleQuery();

    private async Task<Dictionary<Guid, LotUsability>> EvaluateAsync(List<Lot> all, string? use, UsabilityAnswers answers, CancellationToken cancellationToken)
    {
        var result = new Dictionary<Guid, LotUsability>();
        var lots = new List<Lot>(all.Count);
        foreach (var lot in all)
        {
            if (answers.TryGet(lot.Id, use, out var known))
            {
                result[lot.Id] = known;
            }
            else
            {
                lots.Add(lot);
            }
        }

        if (lots.Count == 0)
        {
            return result;
        }

        var materialIds = lots.Select(l => l.MaterialId).Distinct().ToList();

        // Documents of these materials (material-level ones and those naming one of these lots) with
        // the lots each covers, and the undecided notices naming these materials, read with the link
        // tables joined directly. Through the navigations EF joins the scoped Lots/Materials read
        // sets, and SQLite builds the whole LotsRead view (1M rows, ~0.5 s) before it joins (docs/performance.md, P1).
        var coverage = await (
                from c in db.Certificates.AsNoTracking()
                where materialIds.Contains(c.MaterialId)
                from link in db.Set<Dictionary<string, object>>(CertificateLinks)
                    .Where(link => EF.Property<Guid>(link, "CertificateId") == c.Id).DefaultIfEmpty()
                select new { Certificate = c, LotId = (Guid?)EF.Property<Guid>(link!, "LotId") })
            .ToListAsync(cancellationToken);
        var certificates = coverage.GroupBy(row => row.Certificate.Id).Select(rows =>
        {
            // Only which lots a document covers matters here, as stubs with their ids.
            var certificate = rows.First().Certificate;
            certificate.Lots = [.. rows.Where(row => row.LotId is not null).Select(row => new Lot { Id = row.LotId!.Value })];
            return certificate;
        }).ToList();
        var qualifications = await db.Qualifications.AsNoTracking()
            .Where(q => materialIds.Contains(q.MaterialId))
            .ToListAsync(cancellationToken);
        var notices = await (
                from link in db.Set<Dictionary<string, object>>(NoticeLinks)
                where materialIds.Contains(EF.Property<Guid>(link, "MaterialId"))
                join n in db.ChangeNotices.AsNoTracking() on EF.Property<Guid>(link, "ChangeNoticeId") equals n.Id
                where Undecided.Contains(n.Status)
                select new { n.SupplierCode, n.SupplierReference, MaterialId = EF.Property<Guid>(link, "MaterialId") })
            .ToListAsync(cancellationToken);

        var settings = options.Value.Usability;
        foreach (var lot in lots)
        {
            var documents = certificates
                .Where(c => c.MaterialId == lot.MaterialId && (c.Lots.Count == 0 || c.Lots.Any(l => l.Id == lot.Id)))
                .ToList();
            var facts = new UsabilityFacts(
                lot,
                lot.Material!,
                lot.Material!.Supplier!,
                documents,
                [.. qualifications.Where(q => q.MaterialId == lot.MaterialId)],
                [.. notices.Where(n => n.MaterialId == lot.MaterialId).Select(n => $"{n.SupplierCode}/{n.SupplierReference}")]);
            var verdict = UsabilityRules.Evaluate(facts, answers.Day, use, settings.ExpiryWarningDays);
            answers.Remember(lot.Id, use, verdict);
            result[lot.Id] = verdict;
        }

        return result;
    }

    private const string CertificateLinks = "CertificateLots";

    private const string NoticeLinks = "ChangeNoticeMaterials";

    private static LotUsability NotFound(LotKey key, string? use, DateOnly today) => new()
    {
        SupplierCode = key.SupplierCode,
        CatalogueNumber = key.CatalogueNumber,
        LotNumber = key.LotNumber,
        Use = use,
        EvaluatedOn = today,
        Verdict = Usability.NotUsable,
        Reasons = [new UsabilityReason { Code = UsabilityCodes.LotNotFound, Message = "No lot with this supplier code, catalogue number and lot number is known.", Blocking = true }],
    };
}

using AmConnector.Certificates;
using AmConnector.ChangeNotices;
using AmConnector.Data;
using AmConnector.Demo;
using AmConnector.IntegrationTests.Infrastructure;
using AmConnector.Lots;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AmConnector.IntegrationTests.Demo;

public sealed class DemoSeedTests(AmConnectorFactory factory) : IClassFixture<AmConnectorFactory>
{
    private static DateOnly Today => DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);

    [Fact]
    public async Task The_demo_seeds_every_material_of_the_sample_table_and_the_four_suppliers()
    {
        await using var scope = Seeded(out var db);

        Assert.True(await db.Materials.CountAsync() >= 16);
        Assert.Equal(["HLX", "KSR", "NWB", "ORB"], await db.Suppliers.Select(s => s.Code).OrderBy(c => c).ToListAsync());
        Assert.All(await db.Materials.Include(m => m.Lots).ToListAsync(), m => Assert.InRange(m.Lots.Count, 2, 4));
        Assert.All(await db.Materials.ToListAsync(), m => Assert.NotNull(m.Tier.Effective));
    }

    [Fact]
    public async Task Every_change_level_has_a_notice()
    {
        await using var scope = Seeded(out var db);

        var levels = await db.ChangeNotices.Select(n => n.Level).Distinct().ToListAsync();

        Assert.Equal(Enum.GetValues<ChangeLevel>().Order(), levels.Order());
    }

    [Fact]
    public async Task An_out_of_specification_CoA_keeps_all_its_lots_in_quarantine()
    {
        await using var scope = Seeded(out var db);

        var oos = await db.Certificates.Include(c => c.Lots).Include(c => c.Results)
            .Where(c => c.Type == CertificateType.CertificateOfAnalysis && c.Verdict == CoaVerdict.OutOfSpecification)
            .ToListAsync();

        Assert.NotEmpty(oos);
        Assert.Contains(oos, c => c.Lots.Count > 0 && c.Lots.All(l => l.Status == LotStatus.Quarantine));
        Assert.All(oos, c => Assert.Contains(c.Results, r => r.Verdict == LineVerdict.Fail));
    }

    [Fact]
    public async Task Stored_CoA_verdicts_agree_with_their_lines()
    {
        await using var scope = Seeded(out var db);

        var coas = await db.Certificates.Include(c => c.Results).Where(c => c.Type == CertificateType.CertificateOfAnalysis).ToListAsync();

        Assert.All(coas, c => Assert.Equal(
            c.Results.All(r => r.Verdict == LineVerdict.Pass) ? CoaVerdict.Pass : CoaVerdict.OutOfSpecification, c.Verdict));
        Assert.Contains(coas, c => c.Results.Any(r => r is { TestName: "Endotoxin", ReportedValue: 14m, Verdict: LineVerdict.Fail }));
    }

    [Fact]
    public async Task One_CoA_covers_several_lots()
    {
        await using var scope = Seeded(out var db);

        Assert.True(await db.Certificates.AnyAsync(c => c.Type == CertificateType.CertificateOfAnalysis && c.Lots.Count > 1));
    }

    [Fact]
    public async Task Some_certificates_have_lapsed()
    {
        await using var scope = Seeded(out var db);
        var today = Today;

        Assert.True(await db.Certificates.AnyAsync(c => c.ValidUntil != null && c.ValidUntil < today));
    }

    [Fact]
    public async Task A_notice_was_withdrawn_and_one_was_revised_with_its_history()
    {
        await using var scope = Seeded(out var db);

        Assert.True(await db.ChangeNotices.AnyAsync(n => n.Status == ChangeNoticeStatus.Cancelled));
        var revised = await db.ChangeNotices.Include(n => n.Versions).SingleAsync(n => n.Version == 2);
        Assert.Equal([1, 2], revised.Versions.Select(v => v.Version).Order());
    }

    [Fact]
    public async Task A_short_notice_is_flagged_and_a_discontinuation_has_a_last_order_date()
    {
        await using var scope = Seeded(out var db);

        Assert.True(await db.ChangeNotices.AnyAsync(n => n.LeadTimeShortfallDays > 0));
        Assert.True(await db.ChangeNotices.AnyAsync(n => n.Area == ChangeArea.Discontinuation && n.LastOrderOn != null));
    }

    [Fact]
    public async Task Seeding_again_changes_nothing()
    {
        await using var scope = Seeded(out var db);
        var before = await Counts(db);

        await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(CancellationToken.None);

        await using var fresh = factory.Scope(out var after);
        Assert.Equal(before, await Counts(after));
    }

    /// <summary>The factory seeds at start; creating the client starts the host.</summary>
    private AsyncServiceScope Seeded(out AmConnectorDbContext db)
    {
        _ = factory.Server;
        return factory.Scope(out db);
    }

    private static async Task<string> Counts(AmConnectorDbContext db) =>
        string.Join(',',
            await db.Suppliers.CountAsync(), await db.Materials.CountAsync(), await db.Lots.CountAsync(),
            await db.Certificates.CountAsync(), await db.RiskAssessments.CountAsync(), await db.Qualifications.CountAsync(),
            await db.ChangeNotices.CountAsync());
}

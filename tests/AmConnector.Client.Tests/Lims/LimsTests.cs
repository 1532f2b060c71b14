using AmConnector.Client.Lims;
using AmConnector.Client.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace AmConnector.Client.Tests.Lims;

/// <summary>The LIMS's questions through the SDK, against the demo data.</summary>
public sealed class LimsTests(ServerFactory server) : IClassFixture<ServerFactory>
{
    private static readonly string[] OpenStatuses = ["Received", "Triaged", "UnderAssessment"];

    private ILimsApi Lims() => server.SdkFor(TestClients.Lims).GetRequiredService<ILimsApi>();

    [Fact]
    public async Task The_usability_of_one_lot_depends_on_the_use()
    {
        var lims = Lims();
        var lot = Assert.Single(await lims.GetLotsOfMaterialAsync("HLX", "HX-IL2-22M"), l => l.LotNumber == "AZ2407");

        var qualified = await lims.GetUsabilityAsync(lot.Id, "t-cell EXPANSION");
        var other = await lims.GetUsabilityAsync(lot.Id, "cell expansion");
        var quoted = await lims.GetUsabilityAsync(lot.Id, "donor's cells");

        Assert.Equal(UsabilityVerdict.Usable, qualified.Verdict);
        Assert.Empty(qualified.Reasons);
        Assert.Equal(("HLX", "HX-IL2-22M", "AZ2407", lot.Id), (qualified.SupplierCode, qualified.CatalogueNumber, qualified.LotNumber, qualified.LotId));
        Assert.Equal(UsabilityVerdict.NotUsable, other.Verdict);
        var reason = Assert.Single(other.Reasons);
        Assert.Equal("MATERIAL_NOT_QUALIFIED", reason.Code);
        Assert.True(reason.Blocking);
        Assert.Equal("donor's cells", quoted.Use);
    }

    [Fact]
    public async Task A_batch_answers_each_lot_in_order_and_an_unknown_one_is_LOT_NOT_FOUND()
    {
        var verdicts = await Lims().CheckUsabilityAsync(
        [
            new LotKey("HLX", "HX-IL2-22M", "AZ2407"),
            new LotKey("HLX", "HX-IL2-22M", "NO-SUCH-LOT"),
        ], "t-cell expansion");

        Assert.Equal(["AZ2407", "NO-SUCH-LOT"], verdicts.Select(v => v.LotNumber));
        Assert.Equal(UsabilityVerdict.Usable, verdicts[0].Verdict);
        Assert.Equal(UsabilityVerdict.NotUsable, verdicts[1].Verdict);
        Assert.Equal("LOT_NOT_FOUND", Assert.Single(verdicts[1].Reasons).Code);
    }

    [Fact]
    public async Task More_than_500_lots_are_refused_before_any_call()
    {
        var lots = Enumerable.Range(0, 501).Select(i => new LotKey("HLX", "HX-IL2-22M", $"L{i}"));

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Lims().CheckUsabilityAsync(lots));
    }

    [Fact]
    public async Task Open_change_notices_of_a_material_are_the_undecided_ones_naming_it()
    {
        var notices = await Lims().GetOpenChangeNoticesAsync("NWB", "NB-FBS-500");

        var notice = Assert.Single(notices, n => n.SupplierReference == "SCN-2025-007");
        Assert.Equal("UnderAssessment", notice.Status);
        Assert.All(notices, n => Assert.Contains(n.Status, OpenStatuses));
        Assert.Empty(await Lims().GetOpenChangeNoticesAsync("HLX", "HX-IL2-22M"));
    }
}

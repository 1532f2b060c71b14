using AmConnector.Materials;
using AmConnector.Materials.Tiering;
using AmConnector.Qualifications;
using AmConnector.Qualifications.Checklist;
using AmConnector.Tests.Materials;
using static AmConnector.Qualifications.QualificationActivityKind;

namespace AmConnector.Tests.Qualifications;

/// <summary>The qualification checklist of domain.md §5.1: cumulative by tier, DMF reference only where a DMF exists.</summary>
public sealed class TierChecklistTests
{
    private static readonly QualificationActivityKind[] AllTiers = [CoaOnFile, DmfReference, LotToLotPerformance, RemovalFromProduct, Stability];
    private static readonly QualificationActivityKind[] FromTier2 = [ConfirmCoaTestsInHouse, SupplierAudit];
    private static readonly QualificationActivityKind[] FromTier3 = [InternalSpecification, CompatibilityCytotoxicity, AdventitiousAgentTesting, PlanToMoveToGmpGrade];
    private static readonly QualificationActivityKind[] Tier4Only = [TraceabilityAndCountryOfOrigin];

    public static TheoryData<int, bool, QualificationActivityKind[]> Expected => new()
    {
        { 1, true, AllTiers },
        { 1, false, Without(DmfReference, AllTiers) },
        { 2, true, [.. AllTiers, .. FromTier2] },
        { 2, false, Without(DmfReference, AllTiers, FromTier2) },
        { 3, true, [.. AllTiers, .. FromTier2, .. FromTier3] },
        { 3, false, Without(DmfReference, AllTiers, FromTier2, FromTier3) },
        { 4, true, [.. AllTiers, .. FromTier2, .. FromTier3, .. Tier4Only] },
        { 4, false, Without(DmfReference, AllTiers, FromTier2, FromTier3, Tier4Only) },
    };

    [Theory]
    [MemberData(nameof(Expected))]
    public void Items_TierAndDmf_GivesDomainActivitiesInOrder(int tier, bool hasDmf, QualificationActivityKind[] expected) =>
        Assert.Equal(expected, TierChecklist.Items(tier, hasDmf).Select(i => i.Kind));

    [Theory]
    [InlineData(1, 2)]
    [InlineData(2, 3)]
    [InlineData(3, 4)]
    public void Items_NextTier_KeepsEveryActivityOfTheLowerTier(int lower, int higher)
    {
        var low = TierChecklist.Items(lower, hasDmf: true).Select(i => i.Kind).ToHashSet();
        var high = TierChecklist.Items(higher, hasDmf: true).Select(i => i.Kind).ToHashSet();

        Assert.True(low.IsProperSubsetOf(high));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    [InlineData(-1)]
    public void Items_TierOutsideOneToFour_Throws(int tier) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => TierChecklist.Items(tier, hasDmf: true));

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void For_NewChecklist_EveryActivityOpenWithNoEvidence(int tier)
    {
        var activities = TierChecklist.For(tier, new DrugMasterFile { Type = "II", Number = "031877" });

        Assert.All(activities, a =>
        {
            Assert.Equal(ActivityStatus.Open, a.Status);
            Assert.Null(a.EvidenceReference);
            Assert.Null(a.WaiverReason);
            Assert.Null(a.CompletedAt);
            Assert.Null(a.CompletedBy);
        });
        Assert.Equal(activities.Count, activities.Select(a => a.Id).Distinct().Count());
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("II", null)]   // a type alone names no file to reference
    [InlineData("II", "")]
    [InlineData("II", "   ")]
    public void For_NoDmfNumber_LeavesOutDmfReference(string? type, string? number) =>
        Assert.DoesNotContain(TierChecklist.For(4, new DrugMasterFile { Type = type, Number = number }), a => a.Kind == DmfReference);

    [Fact]
    public void For_DmfNumber_IncludesDmfReference() =>
        Assert.Contains(TierChecklist.For(1, new DrugMasterFile { Type = "MAF", Number = "MAF-4471" }), a => a.Kind == DmfReference);

    [Fact]
    public void For_CalledTwice_GivesSeparateActivities()
    {
        var dmf = new DrugMasterFile { Number = "027740" };

        var first = TierChecklist.For(2, dmf);
        var second = TierChecklist.For(2, dmf);

        Assert.Empty(first.Select(a => a.Id).Intersect(second.Select(a => a.Id)));
    }

    [Theory]
    [InlineData("Human serum albumin", 1, 4)]  // licensed; no DMF recorded
    [InlineData("Collagenase", 2, 7)]
    [InlineData("DMSO cryomedium", 3, 10)]     // no DMF recorded
    [InlineData("Fetal bovine serum (reagent)", 4, 11)]
    public void For_Section7MaterialAfterApply_FollowsItsTier(string name, int tier, int count)
    {
        var material = Section7Materials.Get(name);
        UspTierRules.Apply(material);

        var activities = TierChecklist.For(material);

        Assert.Equal(tier, material.Tier.Effective);
        Assert.Equal(count, activities.Count);
    }

    [Fact]
    public void For_MaterialWithOverride_FollowsEffectiveNotDerivedTier()
    {
        var material = Section7Materials.Get("Collagenase");
        material.Tier.Override = 4;
        material.Tier.OverrideReason = "Bovine-derived peptone in the fermentation; treated as animal-derived.";
        UspTierRules.Apply(material);

        var kinds = TierChecklist.For(material).Select(a => a.Kind).ToList();

        Assert.Equal(2, material.Tier.Derived);
        Assert.Contains(TraceabilityAndCountryOfOrigin, kinds);
        Assert.Contains(AdventitiousAgentTesting, kinds);
    }

    [Fact]
    public void For_MaterialWithoutTier_Throws() =>
        Assert.Throws<InvalidOperationException>(() => TierChecklist.For(Section7Materials.Get("Collagenase")));

    [Fact]
    public void For_NullMaterial_Throws() =>
        Assert.Throws<ArgumentNullException>(() => TierChecklist.For(null!));

    [Fact]
    public void Catalogue_EveryKind_AppearsOnceInEnumOrderWithItsDomainTier()
    {
        Assert.Equal(Enum.GetValues<QualificationActivityKind>(), ChecklistCatalogue.All.Select(i => i.Kind));
        Assert.Equal([1, 1, 1, 1, 1, 2, 2, 3, 3, 3, 3, 4], ChecklistCatalogue.All.Select(i => i.FromTier));
    }

    public static TheoryData<QualificationActivityKind> EveryKind() => [.. Enum.GetValues<QualificationActivityKind>()];

    [Theory]
    [MemberData(nameof(EveryKind))]
    public void Describe_AnyKind_GivesASentence(QualificationActivityKind kind)
    {
        var description = TierChecklist.Describe(kind);

        Assert.False(string.IsNullOrWhiteSpace(description));
        Assert.EndsWith(".", description, StringComparison.Ordinal);
    }

    [Fact]
    public void Describe_UnknownKind_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => TierChecklist.Describe((QualificationActivityKind)99));

    [Fact]
    public void Describe_AllKinds_AreDistinct() =>
        Assert.Equal(ChecklistCatalogue.All.Count, ChecklistCatalogue.All.Select(i => i.Description).Distinct().Count());

    private static QualificationActivityKind[] Without(QualificationActivityKind left, params QualificationActivityKind[][] groups) =>
        [.. groups.SelectMany(g => g).Where(k => k != left)];
}

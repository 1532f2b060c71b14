using AmConnector.Materials;
using AmConnector.Materials.Tiering;
using static AmConnector.Materials.MaterialGrade;
using static AmConnector.Materials.MaterialOrigin;

namespace AmConnector.Tests.Materials;

/// <summary>USP &lt;1043&gt; tier of domain.md §5.1: four rules, tried in order, first match wins.</summary>
public sealed class UspTierRulesTests
{
    // ---- one case per rule and its boundaries ----

    [Theory]
    // rule 1: licensed drug or cleared device, whatever the origin or intent
    [InlineData(LicensedDrug, Chemical, false, 1, 1)]
    [InlineData(ClearedDevice, Chemical, false, 1, 1)]
    [InlineData(LicensedDrug, Human, false, 1, 1)]          // rule 1 is checked before origin (HSA)
    [InlineData(ClearedDevice, Animal, true, 1, 1)]
    // rule 2: research grade, or human or animal origin
    [InlineData(ResearchUseOnly, Chemical, false, 4, 2)]
    [InlineData(ResearchUseOnly, RecombinantMicrobial, true, 4, 2)] // made as an AM does not rescue RUO
    [InlineData(Gmp, Human, true, 4, 2)]                   // rule 2 is checked before rule 3 (human AB serum)
    [InlineData(Gmp, Animal, true, 4, 2)]
    [InlineData(Compendial, Animal, false, 4, 2)]
    [InlineData(Reagent, Human, false, 4, 2)]
    [InlineData(ResearchUseOnly, Animal, false, 4, 2)]
    // rule 3: GMP and made as an AM, for every origin that rule 2 lets through
    [InlineData(Gmp, Microbial, true, 2, 3)]
    [InlineData(Gmp, RecombinantMicrobial, true, 2, 3)]
    [InlineData(Gmp, RecombinantMammalian, true, 2, 3)]
    [InlineData(Gmp, Insect, true, 2, 3)]
    [InlineData(Gmp, Plant, true, 2, 3)]
    [InlineData(Gmp, Chemical, true, 2, 3)]
    // rule 4: anything else
    [InlineData(Gmp, RecombinantMammalian, false, 3, 4)]   // GMP, not made as an AM (lentiviral vector)
    [InlineData(Compendial, Chemical, true, 3, 4)]         // made as an AM needs GMP grade to reach tier 2
    [InlineData(Compendial, Chemical, false, 3, 4)]
    [InlineData(InVitroDiagnostic, RecombinantMammalian, true, 3, 4)]
    [InlineData(InVitroDiagnostic, Plant, false, 3, 4)]
    [InlineData(Reagent, Chemical, true, 3, 4)]
    [InlineData(Reagent, Insect, false, 3, 4)]
    public void Derive_GradeOriginAndIntent_FirstMatchingRuleGivesTier(
        MaterialGrade grade, MaterialOrigin origin, bool intended, int expectedTier, int expectedRule)
    {
        var decision = UspTierRules.Derive(Make(grade, origin, intended));

        Assert.Equal(expectedTier, decision.Tier);
        Assert.Equal(expectedRule, decision.RuleNumber);
    }

    [Theory]
    [MemberData(nameof(EveryCombination))]
    public void Derive_AnyGradeOriginAndIntent_NoEarlierRuleMatchesAndWordsNameTheTier(
        MaterialGrade grade, MaterialOrigin origin, bool intended)
    {
        var material = Make(grade, origin, intended);

        var decision = UspTierRules.Derive(material);

        var fired = UspTierRules.Ordered.Single(r => r.Number == decision.RuleNumber);
        Assert.True(fired.Matches(material));
        Assert.All(UspTierRules.Ordered.Where(r => r.Number < decision.RuleNumber), r => Assert.False(r.Matches(material)));
        Assert.Equal(fired.Tier, decision.Tier);
        Assert.StartsWith($"Tier {decision.Tier}: ", decision.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void Ordered_Table_IsTheFourRulesOfDomain51InOrder()
    {
        Assert.Equal([1, 2, 3, 4], UspTierRules.Ordered.Select(r => r.Number));
        Assert.Equal([1, 4, 2, 3], UspTierRules.Ordered.Select(r => r.Tier));
    }

    [Theory]
    [InlineData(AnimalOriginStatus.AnimalDerived)]
    [InlineData(AnimalOriginStatus.AnimalDerivedInProcess)]
    public void Derive_AnimalStatusButNonAnimalOrigin_OriginAloneDecides(AnimalOriginStatus status)
    {
        // §5.1 rule 2 reads Origin only; an animal component in a chemical medium is QA's override to make.
        var material = Make(Gmp, Chemical, intended: true);
        material.AnimalOriginStatus = status;

        Assert.Equal(2, UspTierRules.Derive(material).Tier);
    }

    [Fact]
    public void Derive_DefaultGrade_IsResearchUseOnlyAndTier4()
    {
        // An unset grade must not look safer than it is: the enum's default is the riskiest grade.
        var decision = UspTierRules.Derive(new Material { Origin = Chemical });

        Assert.Equal(4, decision.Tier);
    }

    [Fact]
    public void Derive_UnknownGradeValue_FallsToRule4()
    {
        var decision = UspTierRules.Derive(Make((MaterialGrade)99, Chemical, intended: true));

        Assert.Equal((3, 4, "Tier 3: grade 99"), (decision.Tier, decision.RuleNumber, decision.Rule));
    }

    [Fact]
    public void Derive_NullMaterial_Throws() =>
        Assert.Throws<ArgumentNullException>(() => UspTierRules.Derive(null!));

    [Fact]
    public void Derive_AnyMaterial_LeavesItsTierUntouched()
    {
        var material = Make(Gmp, Chemical, intended: true);

        UspTierRules.Derive(material);

        Assert.Equal((null, null, null), (material.Tier.Derived, material.Tier.Rule, material.Tier.Effective));
    }

    // ---- the rule in words ----

    [Theory]
    [InlineData(LicensedDrug, Chemical, false, null, null, "Tier 1: licensed drug product")]
    [InlineData(ClearedDevice, RecombinantMammalian, false, null, null, "Tier 1: cleared medical device")]
    [InlineData(LicensedDrug, Human, false, "Homo sapiens", "Plasma (fractionated)",
        "Tier 1: licensed drug product, which takes precedence over its human-derived origin")]
    [InlineData(ClearedDevice, Animal, false, null, null, "Tier 1: cleared medical device, which takes precedence over its animal-derived origin")]
    [InlineData(ResearchUseOnly, Chemical, true, null, null, "Tier 4: research-use-only grade")]
    [InlineData(Reagent, Animal, false, "Bos taurus", "Fetal blood",
        "Tier 4: animal-derived (Bos taurus, Fetal blood), not a licensed drug or cleared device")]
    [InlineData(Gmp, Human, true, "Homo sapiens", null, "Tier 4: human-derived (Homo sapiens), not a licensed drug or cleared device")]
    [InlineData(Reagent, Animal, false, "  ", " Pancreas ", "Tier 4: animal-derived (Pancreas), not a licensed drug or cleared device")]
    [InlineData(Compendial, Animal, false, null, null, "Tier 4: animal-derived, not a licensed drug or cleared device")]
    [InlineData(ResearchUseOnly, Animal, false, "Bos taurus", "Fetal blood", "Tier 4: research-use-only grade; animal-derived (Bos taurus, Fetal blood)")]
    [InlineData(Gmp, RecombinantMicrobial, true, "Escherichia coli", null, "Tier 2: GMP grade, manufactured for use as an ancillary material")]
    [InlineData(Gmp, RecombinantMammalian, false, null, null, "Tier 3: GMP grade, but not manufactured for use as an ancillary material")]
    [InlineData(Compendial, Chemical, false, null, null, "Tier 3: compendial (USP/Ph. Eur.) grade")]
    [InlineData(InVitroDiagnostic, Chemical, false, null, null, "Tier 3: in-vitro diagnostic grade")]
    [InlineData(Reagent, Chemical, false, null, null, "Tier 3: reagent grade")]
    public void Derive_MatchingRule_ExplainsItInWords(
        MaterialGrade grade, MaterialOrigin origin, bool intended, string? species, string? tissue, string expected)
    {
        var material = Make(grade, origin, intended);
        material.Species = species;
        material.Tissue = tissue;

        Assert.Equal(expected, UspTierRules.Derive(material).Rule);
    }

    // ---- domain.md §7: every sample material with the tier the table gives ----

    [Theory]
    [InlineData("Fetal bovine serum (reagent)", 4)]
    [InlineData("Fetal bovine serum (RUO)", 4)]
    [InlineData("Human AB serum", 4)]
    [InlineData("Human serum albumin", 1)]
    [InlineData("Recombinant HSA", 2)]
    [InlineData("IL-2 (aldesleukin)", 1)]
    [InlineData("IL-7", 2)]
    [InlineData("IL-15", 2)]
    [InlineData("GM-CSF", 2)]
    [InlineData("CD3/CD28 activation beads", 2)]
    [InlineData("Fibronectin fragment (CH-296)", 2)]
    [InlineData("DMSO cryomedium", 3)]
    [InlineData("Trypsin (porcine)", 4)]
    [InlineData("Recombinant trypsin", 2)]
    [InlineData("Collagenase", 2)]
    [InlineData("Benzonase-type nuclease", 2)]
    [InlineData("Serum-free T-cell medium", 2)]
    [InlineData("PEI transfection reagent", 3)]
    [InlineData("Plasmid DNA", 2)]
    [InlineData("Lentiviral vector", 3)]
    public void Derive_Section7SampleMaterial_GivesTableTier(string name, int expectedTier) =>
        Assert.Equal(expectedTier, UspTierRules.Derive(Section7Materials.Get(name)).Tier);

    [Fact]
    public void Section7_EveryNamedMaterial_IsCoveredByTheTierTheory() =>
        Assert.Equal(20, Section7Materials.Names.Count);

    // ---- Apply and QA's override ----

    [Fact]
    public void Apply_NoOverride_EffectiveIsDerived()
    {
        var material = Section7Materials.Get("Fetal bovine serum (reagent)");

        UspTierRules.Apply(material);

        Assert.Equal(4, material.Tier.Derived);
        Assert.Equal(4, material.Tier.Effective);
        Assert.Equal("Tier 4: animal-derived (Bos taurus, Fetal blood), not a licensed drug or cleared device", material.Tier.Rule);
    }

    [Theory]
    [InlineData(3)] // raised: e.g. a supplier's GMP claim is in doubt
    [InlineData(1)] // lowered: QA's call, with its reason
    [InlineData(2)] // equal to the derived tier
    public void Apply_OverrideSet_EffectiveFollowsOverrideAndDerivedStaysVisible(int overrideTier)
    {
        var material = Section7Materials.Get("Collagenase");
        material.Tier.Override = overrideTier;
        material.Tier.OverrideReason = "QA decision QA-2025-014";

        UspTierRules.Apply(material);

        Assert.Equal(2, material.Tier.Derived);
        Assert.Equal("Tier 2: GMP grade, manufactured for use as an ancillary material", material.Tier.Rule);
        Assert.Equal(overrideTier, material.Tier.Effective);
        Assert.Equal(overrideTier, material.Tier.Override);
        Assert.Equal("QA decision QA-2025-014", material.Tier.OverrideReason);
    }

    [Fact]
    public void Apply_OverrideLifted_EffectiveReturnsToDerived()
    {
        var material = Section7Materials.Get("Collagenase");
        material.Tier.Override = 3;
        UspTierRules.Apply(material);

        material.Tier.Override = null;
        material.Tier.OverrideReason = null;
        UspTierRules.Apply(material);

        Assert.Equal(2, material.Tier.Effective);
    }

    [Fact]
    public void Apply_GradeChangedAfterEarlierApply_ReplacesDerivedAndRule()
    {
        var material = Make(Gmp, RecombinantMicrobial, intended: true);
        UspTierRules.Apply(material);

        material.Grade = ResearchUseOnly;
        UspTierRules.Apply(material);

        Assert.Equal((4, "Tier 4: research-use-only grade", 4), (material.Tier.Derived, material.Tier.Rule, material.Tier.Effective));
    }

    [Fact]
    public void Apply_GradeChangedUnderOverride_OverrideStillDecides()
    {
        var material = Make(Gmp, RecombinantMicrobial, intended: true);
        material.Tier.Override = 3;
        UspTierRules.Apply(material);

        material.Grade = LicensedDrug;
        UspTierRules.Apply(material);

        Assert.Equal((1, 3), (material.Tier.Derived, material.Tier.Effective));
    }

    [Fact]
    public void Apply_NullMaterial_Throws() =>
        Assert.Throws<ArgumentNullException>(() => UspTierRules.Apply(null!));

    public static TheoryData<MaterialGrade, MaterialOrigin, bool> EveryCombination()
    {
        var data = new TheoryData<MaterialGrade, MaterialOrigin, bool>();
        foreach (var grade in Enum.GetValues<MaterialGrade>())
        {
            foreach (var origin in Enum.GetValues<MaterialOrigin>())
            {
                data.Add(grade, origin, false);
                data.Add(grade, origin, true);
            }
        }

        return data;
    }

    private static Material Make(MaterialGrade grade, MaterialOrigin origin, bool intended) =>
        new() { Grade = grade, Origin = origin, IntendedAsAncillaryMaterial = intended };
}

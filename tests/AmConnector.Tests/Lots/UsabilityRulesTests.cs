using AmConnector.Certificates;
using AmConnector.Lots;
using AmConnector.Lots.Usability;
using AmConnector.Materials;
using AmConnector.Qualifications;
using AmConnector.Suppliers;
using static AmConnector.Lots.Usability.UsabilityCodes;

namespace AmConnector.Tests.Lots;

/// <summary>
/// The usability rules of domain.md §5.6 as a pure function: one fault at a time on a lot that is
/// otherwise Usable, each rule's boundaries, and how reasons add up to a verdict.
/// </summary>
public sealed class UsabilityRulesTests
{
    // ---- the baseline ----

    [Fact]
    public void Evaluate_ReleasedQualifiedLotWithNothingMissing_IsUsableWithNoReasons()
    {
        var scenario = new UsabilityScenario();

        var verdict = scenario.Evaluate();

        Assert.Equal(Usability.Usable, verdict.Verdict);
        Assert.Empty(verdict.Reasons);
        Assert.Equal(scenario.Lot.Id, verdict.LotId);
        Assert.Equal(("SUP", "CAT-1", "L-1"), (verdict.SupplierCode, verdict.CatalogueNumber, verdict.LotNumber));
        Assert.Equal(UsabilityScenario.Today, verdict.EvaluatedOn);
        Assert.Null(verdict.Use);
    }

    // ---- one fault at a time: exactly one reason, of the right kind ----

    public static TheoryData<string> SingleFaults => [.. UsabilityScenario.SingleFaults.Keys];

    [Theory]
    [MemberData(nameof(SingleFaults))]
    public void Evaluate_OneFault_GivesExactlyItsReasonAndTheMatchingVerdict(string fault)
    {
        var (arrange, code, blocking) = UsabilityScenario.SingleFaults[fault];
        var scenario = new UsabilityScenario();
        arrange(scenario);

        var verdict = scenario.Evaluate();

        var reason = Assert.Single(verdict.Reasons);
        Assert.Equal(code, reason.Code);
        Assert.Equal(blocking, reason.Blocking);
        Assert.False(string.IsNullOrWhiteSpace(reason.Message));
        Assert.Equal(blocking ? Usability.NotUsable : Usability.UsableWithConditions, verdict.Verdict);
    }

    [Fact]
    public void SingleFaults_EveryCodeTheRulesCanGive_IsCovered()
    {
        var covered = UsabilityScenario.SingleFaults.Values.Select(f => f.Code).ToHashSet();

        // LOT_NOT_FOUND is UsabilityCheck's answer for a key with no lot; the rules always have a lot.
        Assert.Equal(UsabilityScenario.AllCodes.Where(c => c != LotNotFound).Order(), covered.Order());
    }

    // ---- lot status ----

    [Theory]
    [InlineData(LotStatus.Released, null)]
    [InlineData(LotStatus.ConditionallyReleased, LotConditionallyReleased)]
    [InlineData(LotStatus.Quarantine, LotNotReleased)]
    [InlineData(LotStatus.Rejected, LotRejected)]
    [InlineData(LotStatus.Recalled, LotRecalled)]
    [InlineData(LotStatus.Consumed, LotConsumed)]
    [InlineData(LotStatus.Expired, LotExpired)]
    public void Evaluate_EachLotStatus_GivesItsReason(LotStatus status, string? code)
    {
        var scenario = new UsabilityScenario();
        scenario.Lot.Status = status;

        Assert.Equal(code is null ? [] : [code], scenario.Evaluate().Reasons.Select(r => r.Code));
    }

    [Theory]
    [InlineData(LotStatus.Rejected, "Donor records incomplete", "The lot was rejected: Donor records incomplete.")]
    [InlineData(LotStatus.Rejected, null, "The lot was rejected.")]
    [InlineData(LotStatus.Recalled, "Supplier recall", "The lot was recalled: Supplier recall.")]
    [InlineData(LotStatus.Recalled, "  ", "The lot was recalled.")]
    public void Evaluate_RejectedOrRecalled_MessageCarriesTheStatusReasonWhenThereIsOne(LotStatus status, string? statusReason, string expected)
    {
        var scenario = new UsabilityScenario();
        scenario.Lot.Status = status;
        scenario.Lot.StatusReason = statusReason;

        Assert.Equal(expected, Assert.Single(scenario.Evaluate().Reasons).Message);
    }

    [Fact]
    public void Evaluate_ConditionallyReleased_MessageCarriesTheConditions()
    {
        var scenario = new UsabilityScenario();
        scenario.Lot.Status = LotStatus.ConditionallyReleased;
        scenario.Lot.ReleaseConditions = "Engineering runs only.";

        var reason = Assert.Single(scenario.Evaluate().Reasons);

        Assert.Contains("Engineering runs only.", reason.Message, StringComparison.Ordinal);
        Assert.False(reason.Blocking);
    }

    // ---- expiry and retest ----

    [Theory]
    [InlineData(LotStatus.Released, -1, LotStatus.Expired)]
    [InlineData(LotStatus.ConditionallyReleased, -1, LotStatus.Expired)]
    [InlineData(LotStatus.Released, 0, LotStatus.Released)]            // usable on its expiry date
    [InlineData(LotStatus.ConditionallyReleased, 0, LotStatus.ConditionallyReleased)]
    [InlineData(LotStatus.Quarantine, -1, LotStatus.Quarantine)]       // only a released lot is reported Expired
    [InlineData(LotStatus.Rejected, -100, LotStatus.Rejected)]
    [InlineData(LotStatus.Recalled, -1, LotStatus.Recalled)]
    [InlineData(LotStatus.Consumed, -1, LotStatus.Consumed)]
    [InlineData(LotStatus.Expired, 10, LotStatus.Expired)]
    public void EffectiveStatus_StatusAndExpiry_ReleasedLotPastExpiryReadsExpired(LotStatus status, int expiresIn, LotStatus expected)
    {
        var lot = new Lot { Status = status, ExpiresOn = UsabilityScenario.Today.AddDays(expiresIn) };

        Assert.Equal(expected, UsabilityRules.EffectiveStatus(lot, UsabilityScenario.Today));
    }

    [Theory]
    [InlineData(LotStatus.Released)]
    [InlineData(LotStatus.ConditionallyReleased)]
    public void EffectiveStatus_NoExpiryDate_KeepsTheStatus(LotStatus status) =>
        Assert.Equal(status, UsabilityRules.EffectiveStatus(new Lot { Status = status, ExpiresOn = null }, UsabilityScenario.Today));

    [Fact]
    public void Evaluate_ConditionallyReleasedLotPastExpiry_IsExpiredAndNotAConditionalRelease()
    {
        var scenario = new UsabilityScenario();
        scenario.Lot.Status = LotStatus.ConditionallyReleased;
        scenario.Lot.ExpiresOn = UsabilityScenario.Today.AddDays(-1);

        var verdict = scenario.Evaluate();

        Assert.Equal([LotExpired], verdict.Reasons.Select(r => r.Code));
        Assert.Contains(UsabilityScenario.Today.AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            verdict.Reasons[0].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-1, 30, LotExpired)]
    [InlineData(0, 30, LotExpiringSoon)]   // today is inside the window
    [InlineData(1, 30, LotExpiringSoon)]
    [InlineData(30, 30, LotExpiringSoon)]  // the window's last day
    [InlineData(31, 30, null)]
    [InlineData(0, 0, LotExpiringSoon)]    // a zero window still warns on the day itself
    [InlineData(1, 0, null)]
    [InlineData(60, 90, LotExpiringSoon)]  // the window is a setting
    public void Evaluate_DaysToExpiryAgainstWindow_ExpiredExpiringSoonOrNothing(int expiresIn, int window, string? code)
    {
        var scenario = new UsabilityScenario();
        scenario.Lot.ExpiresOn = UsabilityScenario.Today.AddDays(expiresIn);

        var verdict = scenario.Evaluate(window: window);

        Assert.Equal(code is null ? [] : [code], verdict.Reasons.Select(r => r.Code));
    }

    [Fact]
    public void Evaluate_NoExpiryDate_NeitherExpiredNorExpiringSoon()
    {
        var scenario = new UsabilityScenario();
        scenario.Lot.ExpiresOn = null;

        Assert.Equal(Usability.Usable, scenario.Evaluate().Verdict);
    }

    [Theory]
    [InlineData(-1, true)]
    [InlineData(0, false)]  // the retest date itself is still fine
    [InlineData(5, false)]
    public void Evaluate_RetestDate_BlocksOnlyOnceItHasPassed(int retestIn, bool due)
    {
        var scenario = new UsabilityScenario();
        scenario.Lot.RetestOn = UsabilityScenario.Today.AddDays(retestIn);

        var codes = scenario.Evaluate().Reasons.Select(r => r.Code).ToList();

        Assert.Equal(due, codes.Contains(LotRetestDue));
        Assert.Equal(due ? 1 : 0, codes.Count);
    }

    [Fact]
    public void Evaluate_QuarantinedLotWithRetestDue_GivesBothReasons()
    {
        // The retest check runs whatever the status.
        var scenario = new UsabilityScenario();
        scenario.Lot.Status = LotStatus.Quarantine;
        scenario.Lot.RetestOn = UsabilityScenario.Today.AddDays(-3);

        Assert.Equal([LotNotReleased, LotRetestDue], scenario.Evaluate().Reasons.Select(r => r.Code));
    }

    // ---- holds ----

    [Theory]
    [InlineData(0, 0, 0)]
    [InlineData(1, 0, 1)]
    [InlineData(0, 2, 0)]  // lifted holds are history
    [InlineData(2, 1, 2)]  // one reason per active hold
    public void Evaluate_ActiveAndLiftedHolds_OneReasonPerActiveHold(int active, int lifted, int expectedReasons)
    {
        var scenario = new UsabilityScenario();
        for (var i = 0; i < active; i++)
        {
            scenario.Lot.Holds.Add(new LotHold { Reason = $"Active {i}", Source = HoldSource.Deviation });
        }

        for (var i = 0; i < lifted; i++)
        {
            scenario.Lot.Holds.Add(new LotHold { Reason = $"Lifted {i}", LiftedAt = DateTimeOffset.UnixEpoch, LiftedBy = "qa" });
        }

        var reasons = scenario.Evaluate().Reasons;

        Assert.Equal(expectedReasons, reasons.Count(r => r.Code == LotOnHold));
        Assert.All(reasons, r => Assert.Contains("Active", r.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Evaluate_ActiveHold_MessageNamesSourceAndReason()
    {
        var scenario = new UsabilityScenario();
        scenario.Lot.Holds.Add(new LotHold { Reason = "Cracked vials.", Source = HoldSource.ChangeNotice });

        Assert.Equal("The lot is on hold (ChangeNotice): Cracked vials.", Assert.Single(scenario.Evaluate().Reasons).Message);
    }

    // ---- certificate of analysis ----

    [Theory]
    [InlineData(CoaVerdict.Pass, false)]
    [InlineData(CoaVerdict.NotEvaluated, false)] // usability does not wait for the CoA; release does
    [InlineData(CoaVerdict.OutOfSpecification, true)]
    public void Evaluate_CoaVerdict_OnlyOutOfSpecificationBlocks(CoaVerdict verdict, bool blocks)
    {
        var scenario = new UsabilityScenario();
        scenario.AddCertificate(CertificateType.CertificateOfAnalysis, verdict: verdict, lots: [scenario.Lot]);

        Assert.Equal(blocks ? [CoaOutOfSpecification] : [], scenario.Evaluate().Reasons.Select(r => r.Code));
    }

    [Fact]
    public void Evaluate_TwoFailingCoas_OneReasonEachNamingTheDocument()
    {
        var scenario = new UsabilityScenario();
        scenario.AddCertificate(CertificateType.CertificateOfAnalysis, verdict: CoaVerdict.OutOfSpecification, lots: [scenario.Lot]).DocumentNumber = "COA-1";
        var unnumbered = scenario.AddCertificate(CertificateType.CertificateOfAnalysis, verdict: CoaVerdict.OutOfSpecification, lots: [scenario.Lot]);
        unnumbered.DocumentNumber = null;

        var messages = scenario.Evaluate().Reasons.Select(r => r.Message).ToList();

        Assert.Equal(2, messages.Count);
        Assert.Contains("COA-1", messages[0], StringComparison.Ordinal);
        Assert.Contains(unnumbered.Id.ToString(), messages[1], StringComparison.Ordinal); // no number: the id stands in
    }

    [Fact]
    public void Evaluate_OutOfSpecificationFlagOnANonCoaDocument_IsIgnored()
    {
        var scenario = new UsabilityScenario();
        scenario.AddCertificate(CertificateType.QualityStatement, verdict: CoaVerdict.OutOfSpecification);

        Assert.Equal(Usability.Usable, scenario.Evaluate().Verdict);
    }

    // ---- qualification and use ----

    [Theory]
    [InlineData(QualificationStatus.Qualified, null)]
    [InlineData(QualificationStatus.ConditionallyQualified, QualificationConditional)]
    [InlineData(QualificationStatus.NotStarted, MaterialNotQualified)]
    [InlineData(QualificationStatus.InProgress, MaterialNotQualified)]
    [InlineData(QualificationStatus.RequalificationRequired, MaterialNotQualified)]
    [InlineData(QualificationStatus.Disqualified, MaterialNotQualified)]
    [InlineData(QualificationStatus.Retired, MaterialNotQualified)]
    public void Evaluate_EachQualificationStatus_GivesItsReason(QualificationStatus status, string? code)
    {
        var scenario = new UsabilityScenario();
        scenario.Qualifications[0].Status = status;

        Assert.Equal(code is null ? [] : [code], scenario.Evaluate().Reasons.Select(r => r.Code));
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("", null)]
    [InlineData("  ", null)]                          // blank means any use
    [InlineData("T-cell expansion", null)]
    [InlineData("t-CELL EXPANSION", null)]            // uses match case-insensitively
    [InlineData("NK-cell expansion", MaterialNotQualified)]
    [InlineData("T-cell expansion ", MaterialNotQualified)] // but exactly otherwise
    public void Evaluate_RequestedUse_OnlyAQualificationForThatUseCounts(string? use, string? code)
    {
        var scenario = new UsabilityScenario();

        var verdict = scenario.Evaluate(use);

        Assert.Equal(code is null ? [] : [code], verdict.Reasons.Select(r => r.Code));
        Assert.Equal(use, verdict.Use);
    }

    [Fact]
    public void Evaluate_NoQualificationForTheUse_MessageNamesTheUse()
    {
        var scenario = new UsabilityScenario();

        var reason = Assert.Single(scenario.Evaluate("NK-cell expansion").Reasons);

        Assert.Equal("The material has no qualification for the use 'NK-cell expansion'.", reason.Message);
    }

    [Fact]
    public void Evaluate_NoQualificationAtAll_MessageSaysSo()
    {
        var scenario = new UsabilityScenario();
        scenario.Qualifications.Clear();

        Assert.Equal("The material has no qualification.", Assert.Single(scenario.Evaluate().Reasons).Message);
    }

    [Fact]
    public void Evaluate_OnlyUnusableQualifications_MessageListsTheirStatuses()
    {
        var scenario = new UsabilityScenario();
        scenario.Qualifications[0].Status = QualificationStatus.InProgress;
        scenario.AddQualification("T-cell expansion", QualificationStatus.Disqualified);
        scenario.AddQualification("T-cell expansion", QualificationStatus.InProgress);

        Assert.Equal("The material is InProgress, Disqualified.", Assert.Single(scenario.Evaluate().Reasons).Message);
    }

    [Theory]
    [InlineData(QualificationStatus.Qualified, QualificationStatus.ConditionallyQualified, null)]            // qualified wins
    [InlineData(QualificationStatus.RequalificationRequired, QualificationStatus.Qualified, null)]
    [InlineData(QualificationStatus.Disqualified, QualificationStatus.ConditionallyQualified, QualificationConditional)]
    [InlineData(QualificationStatus.InProgress, QualificationStatus.NotStarted, MaterialNotQualified)]
    public void Evaluate_TwoQualificationsForTheUse_TheBestOneDecides(QualificationStatus first, QualificationStatus second, string? code)
    {
        var scenario = new UsabilityScenario();
        scenario.Qualifications[0].Status = first;
        scenario.AddQualification("T-cell expansion", second);

        Assert.Equal(code is null ? [] : [code], scenario.Evaluate("T-cell expansion").Reasons.Select(r => r.Code));
    }

    [Fact]
    public void Evaluate_QualifiedForAnotherUseOnly_ConditionalForThisUseGivesTheCondition()
    {
        var scenario = new UsabilityScenario();
        scenario.AddQualification("NK-cell expansion", QualificationStatus.ConditionallyQualified).Conditions = "In-house endotoxin on every lot.";

        var forNk = scenario.Evaluate("NK-cell expansion");
        var anyUse = scenario.Evaluate();

        var reason = Assert.Single(forNk.Reasons);
        Assert.Equal(QualificationConditional, reason.Code);
        Assert.Contains("NK-cell expansion", reason.Message, StringComparison.Ordinal);
        Assert.Contains("In-house endotoxin on every lot.", reason.Message, StringComparison.Ordinal);
        Assert.Empty(anyUse.Reasons); // without a use, the qualified T-cell expansion counts
    }

    // ---- supplier ----

    [Theory]
    [InlineData(SupplierApproval.Approved, null, false)]
    [InlineData(SupplierApproval.Conditional, SupplierConditional, false)]
    [InlineData(SupplierApproval.Pending, SupplierNotApproved, true)]
    [InlineData(SupplierApproval.Suspended, SupplierSuspended, true)]
    [InlineData(SupplierApproval.Disqualified, SupplierDisqualified, true)]
    public void Evaluate_EachSupplierApproval_GivesItsReason(SupplierApproval approval, string? code, bool blocking)
    {
        var scenario = new UsabilityScenario();
        scenario.Supplier.Approval = approval;

        var reasons = scenario.Evaluate().Reasons;

        Assert.Equal(code is null ? [] : [code], reasons.Select(r => r.Code));
        Assert.All(reasons, r =>
        {
            Assert.Equal(blocking, r.Blocking);
            Assert.Contains("SUP", r.Message, StringComparison.Ordinal);
        });
    }

    // ---- required certificates ----

    [Theory]
    [InlineData(MaterialOrigin.Human, AnimalOriginStatus.AnimalDerived, new[] { CertificateType.CertificateOfOrigin, CertificateType.TseBseStatement })]
    [InlineData(MaterialOrigin.Animal, AnimalOriginStatus.AnimalDerived, new[] { CertificateType.CertificateOfOrigin, CertificateType.TseBseStatement })]
    [InlineData(MaterialOrigin.Human, AnimalOriginStatus.AnimalDerivedInProcess, new[] { CertificateType.CertificateOfOrigin, CertificateType.TseBseStatement })]
    [InlineData(MaterialOrigin.Chemical, AnimalOriginStatus.AnimalDerived, new[] { CertificateType.CertificateOfOrigin, CertificateType.TseBseStatement })]
    [InlineData(MaterialOrigin.Chemical, AnimalOriginStatus.AnimalComponentFree, new[] { CertificateType.AdcfStatement })]
    [InlineData(MaterialOrigin.RecombinantMicrobial, AnimalOriginStatus.AnimalComponentFree, new[] { CertificateType.AdcfStatement })]
    [InlineData(MaterialOrigin.Human, AnimalOriginStatus.AnimalComponentFree, new[] { CertificateType.CertificateOfOrigin, CertificateType.TseBseStatement, CertificateType.AdcfStatement })]
    [InlineData(MaterialOrigin.RecombinantMammalian, AnimalOriginStatus.AnimalDerivedInProcess, new CertificateType[0])]
    [InlineData(MaterialOrigin.Microbial, AnimalOriginStatus.AnimalDerivedInProcess, new CertificateType[0])]
    public void RequiredCertificates_OriginAndAnimalStatus_GiveTheDocumentsOfDomain56(
        MaterialOrigin origin, AnimalOriginStatus status, CertificateType[] expected) =>
        Assert.Equal(expected, RequiredCertificates.For(new Material { Origin = origin, AnimalOriginStatus = status }));

    [Theory]
    [InlineData(MaterialOrigin.Human, AnimalOriginStatus.AnimalDerived, 2)]
    [InlineData(MaterialOrigin.Chemical, AnimalOriginStatus.AnimalComponentFree, 1)]
    [InlineData(MaterialOrigin.Human, AnimalOriginStatus.AnimalComponentFree, 3)]
    public void Evaluate_RequiredCertificatesNotOnFile_OneMissingReasonPerDocument(MaterialOrigin origin, AnimalOriginStatus status, int missing)
    {
        var scenario = new UsabilityScenario();
        scenario.Material.Origin = origin;
        scenario.Material.AnimalOriginStatus = status;

        var reasons = scenario.Evaluate().Reasons;

        Assert.Equal(missing, reasons.Count);
        Assert.All(reasons, r =>
        {
            Assert.Equal(CertificateMissing, r.Code);
            Assert.True(r.Blocking);
            Assert.Contains("CAT-1", r.Message, StringComparison.Ordinal);
        });
    }

    [Theory]
    [InlineData(CertificateType.CertificateOfOrigin, "TSE/BSE statement")]
    [InlineData(CertificateType.TseBseStatement, "certificate of origin")]
    public void Evaluate_HumanMaterialWithOneOfTwoDocuments_MessageNamesTheMissingOne(CertificateType onFile, string missing)
    {
        var scenario = new UsabilityScenario();
        scenario.Material.Origin = MaterialOrigin.Human;
        scenario.Material.AnimalOriginStatus = AnimalOriginStatus.AnimalDerived;
        scenario.AddCertificate(onFile, validUntil: null);

        var reason = Assert.Single(scenario.Evaluate().Reasons);

        Assert.Equal(CertificateMissing, reason.Code);
        Assert.Equal($"No {missing} is on file for CAT-1.", reason.Message);
    }

    [Theory]
    [InlineData(new[] { -1 }, CertificateLapsed)]
    [InlineData(new[] { 0 }, null)]            // valid through its last day
    [InlineData(new[] { 100 }, null)]
    [InlineData(new int[0], CertificateMissing)]
    [InlineData(new[] { -30, -1 }, CertificateLapsed)]
    [InlineData(new[] { -30, 5 }, null)]       // one valid document is enough
    public void Evaluate_AdcfStatementValidity_LapsedOnlyWhenEveryCopyHasLapsed(int[] validForDays, string? code)
    {
        var scenario = new UsabilityScenario();
        scenario.Material.AnimalOriginStatus = AnimalOriginStatus.AnimalComponentFree;
        foreach (var days in validForDays)
        {
            scenario.AddCertificate(CertificateType.AdcfStatement, UsabilityScenario.Today.AddDays(days));
        }

        Assert.Equal(code is null ? [] : [code], scenario.Evaluate().Reasons.Select(r => r.Code));
    }

    [Fact]
    public void Evaluate_RequiredCertificateWithoutValidUntil_NeverLapses()
    {
        var scenario = new UsabilityScenario();
        scenario.Material.AnimalOriginStatus = AnimalOriginStatus.AnimalComponentFree;
        scenario.AddCertificate(CertificateType.AdcfStatement, validUntil: null);

        Assert.Equal(Usability.Usable, scenario.Evaluate().Verdict);
    }

    [Fact]
    public void Evaluate_LapsedCertificates_MessageGivesTheLatestDate()
    {
        var scenario = new UsabilityScenario();
        scenario.Material.AnimalOriginStatus = AnimalOriginStatus.AnimalComponentFree;
        scenario.AddCertificate(CertificateType.AdcfStatement, new DateOnly(2024, 1, 31));
        scenario.AddCertificate(CertificateType.AdcfStatement, new DateOnly(2025, 3, 1));

        Assert.Equal("The ADCF statement for CAT-1 lapsed on 2025-03-01.", Assert.Single(scenario.Evaluate().Reasons).Message);
    }

    [Theory]
    [InlineData("this", null)]                 // a document naming this lot counts
    [InlineData("none", null)]                 // a material-level document counts
    [InlineData("other", CertificateMissing)]  // a document for another lot only does not
    [InlineData("both", null)]
    public void Evaluate_RequiredCertificateScope_MaterialLevelOrNamingThisLot(string covers, string? code)
    {
        var scenario = new UsabilityScenario();
        scenario.Material.AnimalOriginStatus = AnimalOriginStatus.AnimalComponentFree;
        var other = new Lot { LotNumber = "L-2" };
        Lot[] lots = covers switch
        {
            "this" => [scenario.Lot],
            "other" => [other],
            "both" => [other, scenario.Lot],
            _ => [],
        };
        scenario.AddCertificate(CertificateType.AdcfStatement, UsabilityScenario.Today.AddDays(10), lots: lots);

        Assert.Equal(code is null ? [] : [code], scenario.Evaluate().Reasons.Select(r => r.Code));
    }

    [Fact]
    public void Evaluate_CertificateOfAnotherTypeOnFile_DoesNotStandInForTheRequiredOne()
    {
        var scenario = new UsabilityScenario();
        scenario.Material.AnimalOriginStatus = AnimalOriginStatus.AnimalComponentFree;
        scenario.AddCertificate(CertificateType.QualityStatement, validUntil: null);
        scenario.AddCertificate(CertificateType.GmpCertificate, validUntil: null);

        Assert.Equal([CertificateMissing], scenario.Evaluate().Reasons.Select(r => r.Code));
    }

    // ---- change notices ----

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(3)]
    public void Evaluate_OpenChangeNoticesNamingTheMaterial_OneConditionEach(int notices)
    {
        var scenario = new UsabilityScenario();
        for (var i = 0; i < notices; i++)
        {
            scenario.Notices.Add($"SUP/SCN-{i}");
        }

        var verdict = scenario.Evaluate();

        Assert.Equal(notices, verdict.Reasons.Count(r => r.Code == ChangeNoticeUnderAssessment));
        Assert.Equal(notices == 0 ? Usability.Usable : Usability.UsableWithConditions, verdict.Verdict);
        Assert.All(verdict.Reasons.Select((r, i) => (r, i)), x => Assert.Contains($"SUP/SCN-{x.i}", x.r.Message, StringComparison.Ordinal));
    }

    // ---- how reasons add up ----

    [Fact]
    public void Evaluate_SeveralFaults_ListsEveryReasonInRuleOrder()
    {
        var scenario = new UsabilityScenario();
        scenario.Lot.Status = LotStatus.Quarantine;
        scenario.Lot.RetestOn = UsabilityScenario.Today.AddDays(-1);
        scenario.Lot.ExpiresOn = UsabilityScenario.Today.AddDays(3);
        scenario.Lot.Holds.Add(new LotHold { Reason = "Deviation." });
        scenario.AddCertificate(CertificateType.CertificateOfAnalysis, verdict: CoaVerdict.OutOfSpecification, lots: [scenario.Lot]);
        scenario.Qualifications.Clear();
        scenario.Supplier.Approval = SupplierApproval.Suspended;
        scenario.Material.Origin = MaterialOrigin.Animal;
        scenario.AddCertificate(CertificateType.CertificateOfOrigin, UsabilityScenario.Today.AddDays(-1));
        scenario.Notices.Add("SUP/SCN-9");

        var verdict = scenario.Evaluate();

        Assert.Equal(Usability.NotUsable, verdict.Verdict);
        Assert.Equal(
            [LotNotReleased, LotRetestDue, LotOnHold, CoaOutOfSpecification, MaterialNotQualified, SupplierSuspended,
             CertificateLapsed, CertificateMissing, ChangeNoticeUnderAssessment, LotExpiringSoon],
            verdict.Reasons.Select(r => r.Code));
    }

    [Fact]
    public void Evaluate_OneBlockingReasonAmongConditions_IsNotUsable()
    {
        var scenario = new UsabilityScenario();
        scenario.Lot.Status = LotStatus.ConditionallyReleased;
        scenario.Supplier.Approval = SupplierApproval.Conditional;
        scenario.Notices.Add("SUP/SCN-1");
        scenario.Lot.Holds.Add(new LotHold { Reason = "Held." });

        var verdict = scenario.Evaluate();

        Assert.Equal(Usability.NotUsable, verdict.Verdict);
        Assert.Equal(1, verdict.Reasons.Count(r => r.Blocking));
        Assert.Equal(3, verdict.Reasons.Count(r => !r.Blocking));
    }

    [Fact]
    public void Evaluate_EveryConditionAtOnce_IsUsableWithConditionsListingThemAll()
    {
        var scenario = new UsabilityScenario();
        scenario.Lot.Status = LotStatus.ConditionallyReleased;
        scenario.Lot.ExpiresOn = UsabilityScenario.Today.AddDays(5);
        scenario.Qualifications[0].Status = QualificationStatus.ConditionallyQualified;
        scenario.Supplier.Approval = SupplierApproval.Conditional;
        scenario.Notices.Add("SUP/SCN-1");

        var verdict = scenario.Evaluate();

        Assert.Equal(Usability.UsableWithConditions, verdict.Verdict);
        Assert.Equal(
            [LotConditionallyReleased, QualificationConditional, SupplierConditional, ChangeNoticeUnderAssessment, LotExpiringSoon],
            verdict.Reasons.Select(r => r.Code));
    }
}

/// <summary>
/// A lot that is Usable on <see cref="Today"/>: Released, a year from expiry, its material qualified
/// for T-cell expansion, its supplier approved, and a material (recombinant, animal-derived in
/// process only) that needs no certificate. Tests change one thing and evaluate.
/// </summary>
internal sealed class UsabilityScenario
{
    public static readonly DateOnly Today = new(2025, 6, 15);

    public UsabilityScenario()
    {
        Supplier = new Supplier { Code = "SUP", Approval = SupplierApproval.Approved };
        Material = new Material
        {
            SupplierId = Supplier.Id,
            Supplier = Supplier,
            SupplierCode = "SUP",
            CatalogueNumber = "CAT-1",
            Origin = MaterialOrigin.RecombinantMammalian,
            AnimalOriginStatus = AnimalOriginStatus.AnimalDerivedInProcess,
        };
        Lot = new Lot
        {
            MaterialId = Material.Id,
            Material = Material,
            SupplierCode = "SUP",
            CatalogueNumber = "CAT-1",
            LotNumber = "L-1",
            Status = LotStatus.Released,
            ExpiresOn = Today.AddDays(365),
        };
        AddQualification("T-cell expansion", QualificationStatus.Qualified);
    }

    public Supplier Supplier { get; }

    public Material Material { get; }

    public Lot Lot { get; }

    public List<Certificate> Certificates { get; } = [];

    public List<Qualification> Qualifications { get; } = [];

    public List<string> Notices { get; } = [];

    /// <summary>Every public code constant of <see cref="UsabilityCodes"/>.</summary>
    public static IReadOnlyList<string> AllCodes { get; } =
    [
        .. typeof(UsabilityCodes).GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!),
    ];

    /// <summary>One change each to the baseline that gives exactly one reason: the code, and whether it blocks.</summary>
    public static IReadOnlyDictionary<string, (Action<UsabilityScenario> Arrange, string Code, bool Blocking)> SingleFaults { get; } =
        new Dictionary<string, (Action<UsabilityScenario>, string, bool)>
        {
            ["quarantine"] = (s => s.Lot.Status = LotStatus.Quarantine, LotNotReleased, true),
            ["rejected"] = (s => s.Lot.Status = LotStatus.Rejected, LotRejected, true),
            ["recalled"] = (s => s.Lot.Status = LotStatus.Recalled, LotRecalled, true),
            ["consumed"] = (s => s.Lot.Status = LotStatus.Consumed, LotConsumed, true),
            ["status expired"] = (s => s.Lot.Status = LotStatus.Expired, LotExpired, true),
            ["released past expiry"] = (s => s.Lot.ExpiresOn = Today.AddDays(-1), LotExpired, true),
            ["retest passed"] = (s => s.Lot.RetestOn = Today.AddDays(-1), LotRetestDue, true),
            ["active hold"] = (s => s.Lot.Holds.Add(new LotHold { Reason = "Deviation DEV-1.", Source = HoldSource.Deviation }), LotOnHold, true),
            ["coa out of specification"] = (s => s.AddCertificate(CertificateType.CertificateOfAnalysis, verdict: CoaVerdict.OutOfSpecification, lots: [s.Lot]),
                CoaOutOfSpecification, true),
            ["no qualification"] = (s => s.Qualifications.Clear(), MaterialNotQualified, true),
            ["supplier pending"] = (s => s.Supplier.Approval = SupplierApproval.Pending, SupplierNotApproved, true),
            ["supplier suspended"] = (s => s.Supplier.Approval = SupplierApproval.Suspended, SupplierSuspended, true),
            ["supplier disqualified"] = (s => s.Supplier.Approval = SupplierApproval.Disqualified, SupplierDisqualified, true),
            ["adcf statement missing"] = (s => s.Material.AnimalOriginStatus = AnimalOriginStatus.AnimalComponentFree, CertificateMissing, true),
            ["adcf statement lapsed"] = (s =>
            {
                s.Material.AnimalOriginStatus = AnimalOriginStatus.AnimalComponentFree;
                s.AddCertificate(CertificateType.AdcfStatement, Today.AddDays(-1));
            }, CertificateLapsed, true),
            ["conditional release"] = (s =>
            {
                s.Lot.Status = LotStatus.ConditionallyReleased;
                s.Lot.ReleaseConditions = "Research runs only.";
            }, LotConditionallyReleased, false),
            ["conditional qualification"] = (s => s.Qualifications[0].Status = QualificationStatus.ConditionallyQualified, QualificationConditional, false),
            ["conditional supplier"] = (s => s.Supplier.Approval = SupplierApproval.Conditional, SupplierConditional, false),
            ["open change notice"] = (s => s.Notices.Add("SUP/SCN-2025-001"), ChangeNoticeUnderAssessment, false),
            ["expiring soon"] = (s => s.Lot.ExpiresOn = Today.AddDays(10), LotExpiringSoon, false),
        };

    public Qualification AddQualification(string use, QualificationStatus status)
    {
        var qualification = new Qualification { MaterialId = Material.Id, SupplierCode = "SUP", UseContext = use, Status = status };
        Qualifications.Add(qualification);
        return qualification;
    }

    public Certificate AddCertificate(CertificateType type, DateOnly? validUntil = null, CoaVerdict verdict = CoaVerdict.NotEvaluated, Lot[]? lots = null)
    {
        var certificate = new Certificate
        {
            Type = type,
            MaterialId = Material.Id,
            SupplierCode = "SUP",
            DocumentNumber = $"DOC-{Certificates.Count + 1}",
            IssuedOn = Today.AddDays(-100),
            ValidUntil = validUntil,
            Verdict = verdict,
            Lots = [.. lots ?? []],
        };
        Certificates.Add(certificate);
        return certificate;
    }

    public LotUsability Evaluate(string? use = null, int window = 30) =>
        UsabilityRules.Evaluate(new UsabilityFacts(Lot, Material, Supplier, Certificates, Qualifications, Notices), Today, use, window);
}

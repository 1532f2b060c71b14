using AmConnector.Certificates;
using AmConnector.Common;
using AmConnector.Lots;
using AmConnector.Materials;
using AmConnector.Lots.Usability;

namespace AmConnector.Tests.Lots;

/// <summary>
/// What a release needs (domain.md §4.1): a CoA for the lot with no failing line, every required
/// certificate on file and valid, and a lot that has not expired. Each unmet condition is one
/// error, named by the document type (or <c>ExpiresOn</c>).
/// </summary>
public sealed class ReleaseGateTests
{
    private static readonly DateOnly Today = new(2025, 6, 15);

    private readonly Material _material = new()
    {
        SupplierCode = "SUP",
        CatalogueNumber = "CAT-1",
        Origin = MaterialOrigin.RecombinantMammalian,
        AnimalOriginStatus = AnimalOriginStatus.AnimalDerivedInProcess, // requires no certificate
    };

    private readonly Lot _lot;

    private readonly List<Certificate> _certificates = [];

    public ReleaseGateTests() => _lot = new Lot
    {
        MaterialId = _material.Id,
        SupplierCode = "SUP",
        CatalogueNumber = "CAT-1",
        LotNumber = "L-1",
        Status = LotStatus.Quarantine,
        ExpiresOn = Today.AddDays(365),
    };

    private const string Coa = nameof(CertificateType.CertificateOfAnalysis);

    // ---- the baseline ----

    [Fact]
    public void Check_PassingCoaAndNothingElseRequired_HasNoErrors()
    {
        AddCoa(CoaVerdict.Pass, _lot);

        Assert.Empty(Check());
    }

    // ---- certificate of analysis ----

    [Theory]
    [InlineData(new CoaVerdict[0], "no certificate of analysis covers this lot.")]
    [InlineData(new[] { CoaVerdict.NotEvaluated }, "the certificate of analysis has not been evaluated as passing.")]
    [InlineData(new[] { CoaVerdict.OutOfSpecification }, "the certificate of analysis COA-1 is out of specification; the lot stays in quarantine.")]
    [InlineData(new[] { CoaVerdict.Pass, CoaVerdict.OutOfSpecification }, "the certificate of analysis COA-2 is out of specification; the lot stays in quarantine.")] // one failing CoA is enough
    [InlineData(new[] { CoaVerdict.OutOfSpecification, CoaVerdict.OutOfSpecification }, "the certificate of analysis COA-1 is out of specification; the lot stays in quarantine.")]
    [InlineData(new[] { CoaVerdict.NotEvaluated, CoaVerdict.OutOfSpecification }, "the certificate of analysis COA-2 is out of specification; the lot stays in quarantine.")]
    [InlineData(new[] { CoaVerdict.NotEvaluated, CoaVerdict.NotEvaluated }, "the certificate of analysis has not been evaluated as passing.")]
    public void Check_CoaVerdictsForTheLot_OneCoaErrorSayingWhy(CoaVerdict[] verdicts, string message)
    {
        foreach (var verdict in verdicts)
        {
            AddCoa(verdict, _lot);
        }

        var error = Assert.Single(Check());

        Assert.Equal(Coa, error.Field);
        Assert.Equal(message, error.Message);
    }

    [Theory]
    [InlineData(new[] { CoaVerdict.Pass, CoaVerdict.NotEvaluated })] // a passing CoA is enough when none fails
    [InlineData(new[] { CoaVerdict.Pass, CoaVerdict.Pass })]
    public void Check_APassingCoaAndNoFailingOne_HasNoErrors(CoaVerdict[] verdicts)
    {
        foreach (var verdict in verdicts)
        {
            AddCoa(verdict, _lot);
        }

        Assert.Empty(Check());
    }

    [Fact]
    public void Check_PassingCoaForAnotherLotOnly_IsNoCoa()
    {
        AddCoa(CoaVerdict.Pass, new Lot { LotNumber = "L-2" });

        Assert.Equal("no certificate of analysis covers this lot.", Assert.Single(Check()).Message);
    }

    [Fact]
    public void Check_MaterialLevelCoaNamingNoLot_IsNoCoaForThisLot()
    {
        AddCoa(CoaVerdict.Pass);

        Assert.Equal("no certificate of analysis covers this lot.", Assert.Single(Check()).Message);
    }

    [Fact]
    public void Check_FailingCoaOfAnotherLot_DoesNotBlockThisOne()
    {
        AddCoa(CoaVerdict.Pass, _lot);
        AddCoa(CoaVerdict.OutOfSpecification, new Lot { LotNumber = "L-2" });

        Assert.Empty(Check());
    }

    [Fact]
    public void Check_MultiLotCoaCoveringThisLot_Counts()
    {
        AddCoa(CoaVerdict.Pass, new Lot { LotNumber = "L-0" }, _lot);

        Assert.Empty(Check());
    }

    [Fact]
    public void Check_PassVerdictOnANonCoaDocument_IsNoCoa()
    {
        Add(CertificateType.QualityStatement, null, CoaVerdict.Pass, _lot);

        Assert.Equal(Coa, Assert.Single(Check()).Field);
    }

    // ---- required certificates ----

    [Theory]
    [InlineData(MaterialOrigin.Human, AnimalOriginStatus.AnimalDerived, new[] { CertificateType.CertificateOfOrigin, CertificateType.TseBseStatement })]
    [InlineData(MaterialOrigin.Animal, AnimalOriginStatus.AnimalDerivedInProcess, new[] { CertificateType.CertificateOfOrigin, CertificateType.TseBseStatement })]
    [InlineData(MaterialOrigin.Chemical, AnimalOriginStatus.AnimalDerived, new[] { CertificateType.CertificateOfOrigin, CertificateType.TseBseStatement })]
    [InlineData(MaterialOrigin.Chemical, AnimalOriginStatus.AnimalComponentFree, new[] { CertificateType.AdcfStatement })]
    [InlineData(MaterialOrigin.Microbial, AnimalOriginStatus.AnimalDerivedInProcess, new CertificateType[0])]
    public void Check_RequiredCertificatesNotOnFile_OneErrorPerMissingType(MaterialOrigin origin, AnimalOriginStatus status, CertificateType[] missing)
    {
        _material.Origin = origin;
        _material.AnimalOriginStatus = status;
        AddCoa(CoaVerdict.Pass, _lot);

        var errors = Check();

        Assert.Equal(missing.Select(t => t.ToString()), errors.Select(e => e.Field));
        Assert.All(errors.Zip(missing), x => Assert.Equal($"a {RequiredCertificates.Describe(x.Second)} is required for this material and none is on file.", x.First.Message));
    }

    [Theory]
    [InlineData(new[] { -1 }, "the ADCF statement on file lapsed on 2025-06-14.")]
    [InlineData(new[] { -40, -2 }, "the ADCF statement on file lapsed on 2025-06-13.")] // the latest date is named
    [InlineData(new[] { 0 }, null)]                                                    // valid through its last day
    [InlineData(new[] { -40, 1 }, null)]                                               // one valid copy is enough
    public void Check_RequiredCertificateValidity_LapsedOnlyWhenEveryCopyHasLapsed(int[] validForDays, string? message)
    {
        _material.AnimalOriginStatus = AnimalOriginStatus.AnimalComponentFree;
        AddCoa(CoaVerdict.Pass, _lot);
        foreach (var days in validForDays)
        {
            Add(CertificateType.AdcfStatement, Today.AddDays(days), CoaVerdict.NotEvaluated);
        }

        var errors = Check();

        if (message is null)
        {
            Assert.Empty(errors);
        }
        else
        {
            var error = Assert.Single(errors);
            Assert.Equal(nameof(CertificateType.AdcfStatement), error.Field);
            Assert.Equal(message, error.Message);
        }
    }

    [Fact]
    public void Check_RequiredCertificateWithoutValidUntil_NeverLapses()
    {
        _material.AnimalOriginStatus = AnimalOriginStatus.AnimalComponentFree;
        AddCoa(CoaVerdict.Pass, _lot);
        Add(CertificateType.AdcfStatement, null, CoaVerdict.NotEvaluated);

        Assert.Empty(Check());
    }

    [Theory]
    [InlineData("this", true)]
    [InlineData("none", true)]   // material-level
    [InlineData("other", false)] // names another lot only
    public void Check_RequiredCertificateScope_MaterialLevelOrNamingThisLot(string covers, bool counts)
    {
        _material.Origin = MaterialOrigin.Human;
        _material.AnimalOriginStatus = AnimalOriginStatus.AnimalDerived;
        AddCoa(CoaVerdict.Pass, _lot);
        Lot[] lots = covers switch
        {
            "this" => [_lot],
            "other" => [new Lot { LotNumber = "L-2" }],
            _ => [],
        };
        Add(CertificateType.CertificateOfOrigin, Today.AddDays(30), CoaVerdict.NotEvaluated, lots);
        Add(CertificateType.TseBseStatement, null, CoaVerdict.NotEvaluated);

        var errors = Check();

        Assert.Equal(counts ? [] : [nameof(CertificateType.CertificateOfOrigin)], errors.Select(e => e.Field));
    }

    // ---- expiry ----

    [Theory]
    [InlineData(-1, true)]
    [InlineData(0, false)] // may be released on its expiry date
    [InlineData(1, false)]
    public void Check_LotExpiry_BlocksOnlyOnceThePastDate(int expiresIn, bool blocks)
    {
        AddCoa(CoaVerdict.Pass, _lot);
        _lot.ExpiresOn = Today.AddDays(expiresIn);

        var errors = Check();

        Assert.Equal(blocks ? [nameof(Lot.ExpiresOn)] : [], errors.Select(e => e.Field));
        Assert.All(errors, e => Assert.Equal("the lot expired on 2025-06-14.", e.Message));
    }

    [Fact]
    public void Check_NoExpiryDate_IsNoExpiryError()
    {
        AddCoa(CoaVerdict.Pass, _lot);
        _lot.ExpiresOn = null;

        Assert.Empty(Check());
    }

    // ---- together ----

    [Fact]
    public void Check_EveryConditionUnmet_ListsEachOnceInOrder()
    {
        _material.Origin = MaterialOrigin.Animal;
        _material.AnimalOriginStatus = AnimalOriginStatus.AnimalDerived;
        _lot.ExpiresOn = Today.AddDays(-10);
        AddCoa(CoaVerdict.OutOfSpecification, _lot);
        Add(CertificateType.CertificateOfOrigin, Today.AddDays(-1), CoaVerdict.NotEvaluated);

        var errors = Check();

        Assert.Equal(
            [Coa, nameof(CertificateType.CertificateOfOrigin), nameof(CertificateType.TseBseStatement), nameof(Lot.ExpiresOn)],
            errors.Select(e => e.Field));
        Assert.Contains("lapsed", errors[1].Message, StringComparison.Ordinal);
        Assert.Contains("none is on file", errors[2].Message, StringComparison.Ordinal);
    }

    // ---- helpers ----

    private List<FieldError> Check() => ReleaseGate.Check(_lot, _material, _certificates, Today);

    private Certificate AddCoa(CoaVerdict verdict, params Lot[] lots) => Add(CertificateType.CertificateOfAnalysis, null, verdict, lots);

    private Certificate Add(CertificateType type, DateOnly? validUntil, CoaVerdict verdict, params Lot[] lots)
    {
        var certificate = new Certificate
        {
            Type = type,
            MaterialId = _material.Id,
            SupplierCode = "SUP",
            DocumentNumber = type == CertificateType.CertificateOfAnalysis
                ? $"COA-{_certificates.Count(c => c.Type == CertificateType.CertificateOfAnalysis) + 1}"
                : $"DOC-{_certificates.Count + 1}",
            IssuedOn = Today.AddDays(-30),
            ValidUntil = validUntil,
            Verdict = verdict,
            Lots = [.. lots],
        };
        _certificates.Add(certificate);
        return certificate;
    }
}

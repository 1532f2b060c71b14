using AmConnector.ChangeNotices;
using AmConnector.Common;

namespace AmConnector.Tests.ChangeNotices;

/// <summary>The completeness table of domain.md §5.4, its configured rows, and how documents are recognised.</summary>
public sealed class DataPackageTableTests
{
    [Fact]
    public void Required_DiscontinuationLevel2_EveryNoticePlusDiscontinuationPlusLevel()
    {
        Assert.Equal(
            ["affected-catalogue-numbers", "description", "rationale", "planned-implementation-date", "contact",
             "last-order-date", "last-ship-date", "proposed-alternative", "stability-or-performance-data"],
            DataPackageTable.Required(ChangeArea.Discontinuation, ChangeLevel.Level2, new DataPackageOptions()));
    }

    [Fact]
    public void Required_ConfiguredRow_ReplacesThatRowOnly()
    {
        var options = new DataPackageOptions { Areas = { ["Site"] = ["comparability-data"] }, Levels = { ["Level3"] = [] } };

        Assert.Equal(
            ["affected-catalogue-numbers", "description", "rationale", "planned-implementation-date", "contact", "comparability-data"],
            DataPackageTable.Required(ChangeArea.Site, ChangeLevel.Level3, options));
    }

    [Fact]
    public void Missing_DocumentsByKindWithoutCaseOrPunctuation_AreRecognised()
    {
        var notice = Complete(ChangeArea.SourceOrOrigin, ChangeLevel.Level1);
        notice.FirstAffectedLotOrDate = "2027-01-01";
        var documents = new[] { Doc("Comparability Data"), Doc("risk_assessment_summary"), Doc("CertificateOfOrigin") };

        var missing = DataPackageTable.Missing(notice, new DataPackageContext(documents, animalOrHumanOrigin: true), new DataPackageOptions());

        Assert.Equal(["tse-bse-statement"], missing.Select(m => m.Code));
        Assert.Empty(DataPackageTable.Missing(notice, new DataPackageContext(documents, animalOrHumanOrigin: false), new DataPackageOptions()));
    }

    [Fact]
    public void Missing_SpecificationChange_OldAndNewStateStandForTheSpecification()
    {
        var notice = Complete(ChangeArea.Specification, ChangeLevel.Level1);
        Assert.Equal(["old-and-new-specification"], DataPackageTable.Missing(notice, new DataPackageContext([], false), new DataPackageOptions()).Select(m => m.Code));

        notice.CurrentState = "Purity ≥ 95 %";
        notice.ProposedState = "Purity ≥ 97 %";
        Assert.Empty(DataPackageTable.Missing(notice, new DataPackageContext([], false), new DataPackageOptions()));
    }

    [Fact]
    public void Problems_UnknownAreaLevelOrItem_AreNamed()
    {
        var options = new DataPackageOptions { Every = ["contact", "coffee"], Areas = { ["Moon"] = [] }, Levels = { ["Level9"] = ["tea"] } };

        var problems = DataPackageTable.Problems(options).ToList();

        Assert.Equal(4, problems.Count);
        Assert.Contains(problems, p => p.Contains("'coffee'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("Areas:Moon", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("Levels:Level9 is not", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("'tea'", StringComparison.Ordinal));
        Assert.Empty(DataPackageTable.Problems(new DataPackageOptions()));
    }

    private static ChangeNotice Complete(ChangeArea area, ChangeLevel level) => new()
    {
        Area = area,
        Level = level,
        Description = "d",
        Rationale = "r",
        ContactEmail = "qa@supplier.example",
        AffectedCatalogueNumbers = ["X-1"],
        PlannedImplementationOn = new DateOnly(2027, 1, 1),
    };

    private static DocumentReference Doc(string kind) => new() { Title = kind, Kind = kind };
}

namespace AmConnector.ChangeNotices;

/// <summary>
/// The completeness table of domain.md §5.4, with the site's configured rows in place of the defaults,
/// and the check that lists what a notice lacks.
/// </summary>
internal static class DataPackageTable
{
    private static readonly string[] Every =
    [
        DataPackageItems.AffectedCatalogueNumbers, DataPackageItems.Description, DataPackageItems.Rationale,
        DataPackageItems.PlannedImplementationDate, DataPackageItems.Contact,
    ];

    private static readonly string[] SiteProcessOrigin =
        [DataPackageItems.ComparabilityData, DataPackageItems.RiskAssessmentSummary, DataPackageItems.FirstAffectedLotOrDate];

    private static readonly Dictionary<ChangeArea, string[]> Areas = new()
    {
        [ChangeArea.Site] = SiteProcessOrigin,
        [ChangeArea.Process] = SiteProcessOrigin,
        [ChangeArea.SourceOrOrigin] = [.. SiteProcessOrigin, DataPackageItems.CertificateOfOrigin, DataPackageItems.TseBseStatement],
        [ChangeArea.Specification] = [DataPackageItems.OldAndNewSpecification, DataPackageItems.Justification],
        [ChangeArea.TestMethod] = [DataPackageItems.OldAndNewSpecification, DataPackageItems.Justification],
        [ChangeArea.Discontinuation] = [DataPackageItems.LastOrderDate, DataPackageItems.LastShipDate, DataPackageItems.ProposedAlternative],
    };

    private static readonly Dictionary<ChangeLevel, string[]> Levels = new()
    {
        [ChangeLevel.Level2] = [DataPackageItems.StabilityOrPerformanceData],
        [ChangeLevel.Level3] = [DataPackageItems.StabilityOrPerformanceData],
    };

    /// <summary>The item codes a notice of this area and level needs, in table order, each once.</summary>
    public static IReadOnlyList<string> Required(ChangeArea area, ChangeLevel level, DataPackageOptions options)
    {
        var every = options.Every ?? Every;
        var byArea = options.Areas.TryGetValue(area.ToString(), out var configuredArea) ? configuredArea : Areas.GetValueOrDefault(area, []);
        var byLevel = options.Levels.TryGetValue(level.ToString(), out var configuredLevel) ? configuredLevel : Levels.GetValueOrDefault(level, []);
        return [.. every.Concat(byArea).Concat(byLevel).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>What the notice lacks, each with its code and a sentence.</summary>
    public static List<MissingItem> Missing(ChangeNotice notice, DataPackageContext context, DataPackageOptions options) =>
        [.. Required(notice.Area, notice.Level, options)
            .Select(code => DataPackageItems.All[code])
            .Where(item => item.Applies(context) && !item.IsPresent(notice, context))
            .Select(item => new MissingItem { Code = item.Code, Description = item.Description })];

    /// <summary>Configuration mistakes: unknown area or level names and unknown item codes.</summary>
    public static IEnumerable<string> Problems(DataPackageOptions options)
    {
        const string Section = "AmConnector:ChangeNotices:DataPackage";
        foreach (var code in (options.Every ?? []).Where(c => !DataPackageItems.All.ContainsKey(c)))
        {
            yield return $"{Section}:Every names '{code}', which is not a data-package item ({string.Join(", ", DataPackageItems.All.Keys)}).";
        }

        foreach (var (key, codes) in options.Areas)
        {
            if (!Enum.TryParse<ChangeArea>(key, ignoreCase: true, out _))
            {
                yield return $"{Section}:Areas:{key} is not a change area ({string.Join(", ", Enum.GetNames<ChangeArea>())}).";
            }

            foreach (var code in codes.Where(c => !DataPackageItems.All.ContainsKey(c)))
            {
                yield return $"{Section}:Areas:{key} names '{code}', which is not a data-package item.";
            }
        }

        foreach (var (key, codes) in options.Levels)
        {
            if (!Enum.TryParse<ChangeLevel>(key, ignoreCase: true, out _))
            {
                yield return $"{Section}:Levels:{key} is not a change level ({string.Join(", ", Enum.GetNames<ChangeLevel>())}).";
            }

            foreach (var code in codes.Where(c => !DataPackageItems.All.ContainsKey(c)))
            {
                yield return $"{Section}:Levels:{key} names '{code}', which is not a data-package item.";
            }
        }
    }
}

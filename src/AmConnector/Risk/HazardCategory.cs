namespace AmConnector.Risk;

public enum HazardCategory
{
    AdventitiousAgent,
    Tse,
    ImpurityOrToxicity,
    PerformanceVariability,
    Supply,
    Documentation,
}

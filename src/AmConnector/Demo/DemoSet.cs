using AmConnector.Certificates;
using AmConnector.ChangeNotices;
using AmConnector.Lots;
using AmConnector.Materials;
using AmConnector.Qualifications;
using AmConnector.Risk;
using AmConnector.Suppliers;

namespace AmConnector.Demo;

/// <summary>
/// The demo data being built, in memory, before one <c>SaveChanges</c> stores it. Every date is
/// an offset from <see cref="Today"/> so the demo always shows lots that expire soon, lapsed
/// certificates and short notices, whatever day it is seeded.
/// </summary>
internal sealed class DemoSet(DateOnly today)
{
    public DateOnly Today { get; } = today;

    public Dictionary<string, Supplier> Suppliers { get; } = new(StringComparer.Ordinal);

    /// <summary>Keyed by a short demo key (<c>FBS</c>, <c>IL7</c>…), not by catalogue number, so the other builders read well.</summary>
    public Dictionary<string, Material> Materials { get; } = new(StringComparer.Ordinal);

    /// <summary>Keyed by lot number; the demo's lot numbers are unique across suppliers.</summary>
    public Dictionary<string, Lot> Lots { get; } = new(StringComparer.Ordinal);

    public List<Certificate> Certificates { get; } = [];

    public List<RiskAssessment> RiskAssessments { get; } = [];

    public List<Qualification> Qualifications { get; } = [];

    public List<ChangeNotice> ChangeNotices { get; } = [];

    public DateOnly Day(int offset) => Today.AddDays(offset);

    /// <summary>An instant on the day <paramref name="offset"/> days from today, at a fixed UTC hour.</summary>
    public DateTimeOffset At(int offset, int hour = 9) => new(Day(offset).ToDateTime(new TimeOnly(hour, 0)), TimeSpan.Zero);

    /// <summary>Builds the whole demo for the given day; nothing touches the database.</summary>
    public static DemoSet Build(DateOnly today)
    {
        var set = new DemoSet(today);
        DemoSuppliers.Add(set);
        DemoMaterials.Add(set);
        DemoLots.Add(set);
        DemoCertificates.Add(set);
        DemoRisk.Add(set);
        DemoQualifications.Add(set);
        DemoChangeNotices.Add(set);
        return set;
    }
}

namespace AmConnector.Benchmarks.Data;

/// <summary>How much the generator writes; the defaults are [Speed and survival]'s site of 1M lots.</summary>
internal sealed record DataShape(int Suppliers = 2_000, int Materials = 10_000, int Lots = 1_000_000, int CoaLines = 200_000, int ChangeNotices = 5_000)
{
    /// <summary>Lines per certificate of analysis; CoAs = CoaLines / this.</summary>
    public const int LinesPerCoa = 5;

    /// <summary>A shape scaled down by a factor (for a quick run or a test), at least one of each.</summary>
    public DataShape Scaled(double factor) => new(
        Math.Max(1, (int)(Suppliers * factor)), Math.Max(1, (int)(Materials * factor)), Math.Max(1, (int)(Lots * factor)),
        Math.Max(LinesPerCoa, (int)(CoaLines * factor)), Math.Max(1, (int)(ChangeNotices * factor)));
}

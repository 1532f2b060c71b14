namespace AmConnector.ChangeNotices;

/// <summary>Supplier change-notification level (domain.md §5.4, BioPhorum/BPSA practice).</summary>
public enum ChangeLevel
{
    /// <summary>Not notifiable; for information.</summary>
    Level0,
    Level1,
    Level2,
    Level3,
    /// <summary>Must be expedited, whatever its impact.</summary>
    Emergency,
}

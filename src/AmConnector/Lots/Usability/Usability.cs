namespace AmConnector.Lots.Usability;

/// <summary>The answer to "may I use this lot, for this use, today?" (domain.md §5.6).</summary>
public enum Usability
{
    Usable,
    UsableWithConditions,
    NotUsable,
}

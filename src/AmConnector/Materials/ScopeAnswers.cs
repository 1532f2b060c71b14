namespace AmConnector.Materials;

/// <summary>
/// The three questions of the ISO 20399 Annex A decision chart. Null means "not yet answered";
/// a material is in scope only when all three are answered the in-scope way.
/// </summary>
public sealed class ScopeAnswers
{
    public bool? UsedInCellProcessing { get; set; }

    public bool? InContactWithActiveSubstance { get; set; }

    public bool? IntendedInFinalProduct { get; set; }

    public bool IsInScope() =>
        UsedInCellProcessing == true && InContactWithActiveSubstance == true && IntendedInFinalProduct == false;
}

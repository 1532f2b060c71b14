namespace AmConnector.Materials;

public enum MaterialGrade
{
    ResearchUseOnly,
    Reagent,
    InVitroDiagnostic,
    Compendial,
    Gmp,
    LicensedDrug,
    ClearedDevice,
}

namespace AmConnector.Materials;

public enum MaterialCategory
{
    Serum,
    CytokineGrowthFactor,
    Enzyme,
    Antibody,
    Medium,
    Buffer,
    Supplement,
    Cryoprotectant,
    ActivationReagent,
    CoatedBeadOrSurface,
    Anticoagulant,
    TransfectionReagent,
    Plasmid,
    ViralVector,
    NonMammalianCell,
    Other,
}

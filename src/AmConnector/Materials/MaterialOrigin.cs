namespace AmConnector.Materials;

public enum MaterialOrigin
{
    Human,
    Animal,
    Microbial,
    RecombinantMicrobial,
    RecombinantMammalian,
    Insect,
    Plant,
    Chemical,
}

namespace AmConnector.Materials;

public enum AnimalOriginStatus
{
    /// <summary>Animal-derived-component free (ADCF).</summary>
    AnimalComponentFree,
    AnimalDerived,
    /// <summary>No animal component in the product, but animal-derived materials used in its manufacture.</summary>
    AnimalDerivedInProcess,
}

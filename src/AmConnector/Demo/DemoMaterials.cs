using AmConnector.Certificates;
using AmConnector.Materials;

namespace AmConnector.Demo;

/// <summary>
/// The materials of domain.md §7, one file per supplier. IL-7, IL-15 and GM-CSF, and porcine and
/// recombinant trypsin, are separate materials (separate catalogue numbers, tiers and CoAs), so
/// the sixteen rows of the table give nineteen materials.
/// </summary>
internal static partial class DemoMaterials
{
    public static void Add(DemoSet set)
    {
        AddNorthwind(set);
        AddHelix(set);
        AddKestrel(set);
        AddOrbital(set);
    }

    /// <summary>The Annex A answers of a true AM: used in processing, touches the cells, gone from the product.</summary>
    private static ScopeAnswers AncillaryMaterial() =>
        new() { UsedInCellProcessing = true, InContactWithActiveSubstance = true, IntendedInFinalProduct = false };

    private static StorageConditions Stored(decimal min, decimal max, bool dark = false, string? conditions = null) =>
        new() { MinTemperatureCelsius = min, MaxTemperatureCelsius = max, ProtectFromLight = dark, Conditions = conditions };

    private static CompositionLine Part(string component, decimal? quantity = null, string? unit = null, bool proprietary = false) =>
        new() { Component = component, Quantity = quantity, Unit = unit, Proprietary = proprietary };

    private static MaterialSpecification UserSpec(string test, string method, SpecificationLimit limit, string? use = null) =>
        new() { TestName = test, Method = method, Limit = limit, Use = use };

    /// <summary>Links the material to its supplier and derives what the write rules would derive (scope, tier).</summary>
    private static Material Register(DemoSet set, string key, string supplierCode, Material material, string? originDetail = null)
    {
        var supplier = set.Suppliers[supplierCode];
        material.SupplierId = supplier.Id;
        material.SupplierCode = supplier.Code;
        material.InScope = material.Scope.IsInScope();
        // The product's own USP <1043> rules (domain.md §5.1), as for any material written through the API.
        Materials.Tiering.UspTierRules.Apply(material);
        set.Materials.Add(key, material);
        return material;
    }
}

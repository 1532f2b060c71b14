using AmConnector.Certificates;
using AmConnector.Common;

namespace AmConnector.Materials;

/// <summary>
/// The user's own acceptance criterion for one test of a material, optionally for one use
/// (process step). CoA lines are judged against it as well as against the supplier's spec.
/// </summary>
public sealed class MaterialSpecification : AmEntity
{
    public Guid MaterialId { get; set; }

    /// <summary>The process step this criterion applies to; null for every use.</summary>
    public string? Use { get; set; }

    public string TestName { get; set; } = "";

    public string? Method { get; set; }

    public SpecificationLimit Limit { get; set; } = new();
}

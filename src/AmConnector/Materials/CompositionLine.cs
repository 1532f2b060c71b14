namespace AmConnector.Materials;

/// <summary>One component of a material. Proprietary lines are visible only to <c>am.write</c> callers.</summary>
public sealed class CompositionLine
{
    public string Component { get; set; } = "";

    public decimal? Quantity { get; set; }

    /// <summary>UCUM unit of <see cref="Quantity"/>.</summary>
    public string? Unit { get; set; }

    public bool Proprietary { get; set; }
}

namespace AmConnector.Demo;

public sealed class DemoOptions
{
    /// <summary>Seed the fictitious demo suppliers, materials, lots and notices at start (idempotent).</summary>
    public bool Seed { get; set; }
}

namespace AmConnector.IntegrationTests.Hostile;

/// <summary>What the cases need from the running service: existing keys, the supplier's webhook secret, the clock.</summary>
public sealed class HostileContext
{
    public const string SupplierCode = "NWB";

    /// <summary>A webhook secret of <see cref="SupplierCode"/> (whsec_…).</summary>
    public required string Secret { get; init; }

    /// <summary>Unique per run, so webhook ids and natural keys never meet a previous run's on a persistent server.</summary>
    public required string RunId { get; init; }

    public required IReadOnlyDictionary<string, Guid> Keys { get; init; }

    public Func<DateTimeOffset> Now { get; init; } = () => DateTimeOffset.UtcNow;

    /// <summary>An existing record of the entity set (Suppliers, Materials, Lots, …).</summary>
    public Guid Key(string entitySet) => Keys[entitySet];
}

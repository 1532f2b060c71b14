using System.Text.Json.Serialization;

namespace AmConnector.Client.Lims;

/// <summary>The parameters of the <c>CheckUsability</c> action: up to 500 lots and an optional use.</summary>
public sealed record UsabilityCheckRequest(
    [property: JsonPropertyName("lots")] IReadOnlyList<LotKey> Lots,
    [property: JsonPropertyName("use")] string? Use = null)
{
    /// <summary>The most lots one call may check (AmConnector:Usability:MaxLotsPerCheck's default).</summary>
    public const int MaxLots = 500;
}

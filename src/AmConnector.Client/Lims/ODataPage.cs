using System.Text.Json.Serialization;

namespace AmConnector.Client.Lims;

/// <summary>
/// An OData collection answer: <see cref="Value"/> and, when the server paged it, the
/// <see cref="NextLink"/> that continues it (AmConnector treats <c>$top</c> as a page size).
/// </summary>
public sealed record ODataPage<T>(
    [property: JsonPropertyName("value")] IReadOnlyList<T> Value,
    [property: JsonPropertyName("@odata.nextLink")] Uri? NextLink = null);

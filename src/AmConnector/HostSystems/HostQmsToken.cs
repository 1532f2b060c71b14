using System.Text.Json.Serialization;

namespace AmConnector.HostSystems;

/// <summary>The token endpoint's answer (RFC 6749 §5.1), as far as it is read.</summary>
internal sealed record HostQmsToken(
    [property: JsonPropertyName("access_token")] string? AccessToken,
    [property: JsonPropertyName("token_type")] string? TokenType,
    [property: JsonPropertyName("expires_in")] int? ExpiresIn);

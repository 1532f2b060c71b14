using System.Text.Json.Serialization;

namespace AmConnector.Client.Authentication;

/// <summary>The token endpoint's answer (RFC 6749 §5.1), only what the SDK uses.</summary>
internal sealed record TokenAnswer(
    [property: JsonPropertyName("access_token")] string? AccessToken,
    [property: JsonPropertyName("expires_in")] int? ExpiresIn);

using System.Net.Http.Json;
using System.Text.Json;

namespace AmConnector.IntegrationTests.Infrastructure;

/// <summary>Small helpers for reading OData JSON answers in tests.</summary>
public static class ODataJson
{
    public static async Task<JsonElement> ReadJsonAsync(this HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>();

    public static IReadOnlyList<JsonElement> Values(this JsonElement feed) => [.. feed.GetProperty("value").EnumerateArray()];

    /// <summary>The OData error's details, as (target, message) pairs.</summary>
    public static IReadOnlyList<(string Target, string Message)> ErrorDetails(this JsonElement error) =>
        error.GetProperty("error").TryGetProperty("details", out var details)
            ? [.. details.EnumerateArray().Select(d => (d.GetProperty("target").GetString()!, d.GetProperty("message").GetString()!))]
            : [];

    public static string ErrorCode(this JsonElement error) => error.GetProperty("error").GetProperty("code").GetString()!;

    public static string ErrorMessage(this JsonElement error) => error.GetProperty("error").GetProperty("message").GetString()!;
}

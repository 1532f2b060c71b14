using System.Net.Http.Json;
using System.Text.Json;
using AmConnector.Benchmarks.Hosting;

namespace AmConnector.Benchmarks.Queries;

/// <summary>A client-credentials token for the configured LIMS client, from the server's own token endpoint.</summary>
internal static class BenchToken
{
    public static async Task<string> GetAsync(Uri server)
    {
        using var http = new HttpClient { BaseAddress = server };
        using var response = await http.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = StandaloneServer.ClientId,
            ["client_secret"] = StandaloneServer.ClientSecret,
            ["scope"] = Security.Scopes.Read,
        }));
        response.EnsureSuccessStatusCode();
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        return json.GetProperty("access_token").GetString()!;
    }
}

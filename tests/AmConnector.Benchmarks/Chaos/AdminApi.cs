using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace AmConnector.Benchmarks.Chaos;

/// <summary>The few administrative calls the harness makes, as the demo administrator client (admin.http).</summary>
internal sealed class AdminApi(Uri address) : IDisposable
{
    private readonly HttpClient http = new() { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };

    public async Task SignInAsync()
    {
        using var response = await http.PostAsync(new Uri("/connect/token", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = "admin-demo",
            ["client_secret"] = "admin-demo-secret",
            ["scope"] = "clients.manage webhooks.manage audit.read",
        }));
        var token = await ReadAsync(response);
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.GetProperty("access_token").GetString());
    }

    /// <summary>A new signing secret for the supplier's publisher (shown once).</summary>
    public async Task<string> CreateSupplierSecretAsync(string supplierCode)
    {
        using var response = await http.PostAsync(new Uri($"/api/suppliers/{supplierCode}/webhook-secrets", UriKind.Relative), null);
        return (await ReadAsync(response)).GetProperty("secret").GetString()!;
    }

    public async Task CreateEndpointAsync(Uri url, string eventType)
    {
        using var response = await http.PostAsJsonAsync(new Uri("/api/webhooks/endpoints", UriKind.Relative), new
        {
            url = url.ToString(), description = "chaos receiver", eventTypes = new[] { eventType }, supplierCodes = Array.Empty<string>(), catalogueNumbers = Array.Empty<string>(),
        });
        await ReadAsync(response);
    }

    /// <summary>Recomputes the whole audit hash chain on the server (<c>POST /odata/VerifyAuditTrail</c>).</summary>
    public async Task<JsonElement> VerifyAuditTrailAsync()
    {
        using var response = await http.PostAsync(new Uri("/odata/VerifyAuditTrail", UriKind.Relative), null);
        return await ReadAsync(response);
    }

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}: {text}");
        }

        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public void Dispose() => http.Dispose();
}

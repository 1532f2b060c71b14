using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using AmConnector.Security;
using StandardWebhooks;

namespace AmConnector.IntegrationTests.Infrastructure;

/// <summary>
/// A supplier's publisher as its IT team would write it: a CloudEvent in structured JSON mode,
/// signed by the official Standard Webhooks library with the secret the site issued.
/// </summary>
public static class SupplierEvents
{
    /// <summary>Issues a webhook secret for the supplier through the management API, as the site's admin would.</summary>
    public static async Task<string> CreateSecretAsync(AmConnectorFactory factory, string supplierCode)
    {
        using var admin = factory.CreateClientFor(TestClients.OnlyScope(Scopes.ManageClients));
        using var response = await admin.PostAsync(new Uri($"/api/suppliers/{supplierCode}/webhook-secrets", UriKind.Relative), null);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("secret").GetString()!;
    }

    public static string CloudEvent(string type, object data, string? id = null, string supplierCode = "NWB") =>
        JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["specversion"] = "1.0",
            ["id"] = id ?? Guid.NewGuid().ToString(),
            ["source"] = $"urn:supplier:{supplierCode}:publisher",
            ["type"] = type,
            ["time"] = DateTimeOffset.UtcNow.ToString("O"),
            ["datacontenttype"] = "application/json",
            ["data"] = data,
        });

    /// <summary>A signed POST of <paramref name="body"/>; the timestamp defaults to now.</summary>
    public static HttpRequestMessage Post(string supplierCode, string secret, string body, string? webhookId = null, DateTimeOffset? timestamp = null)
    {
        var id = webhookId ?? "msg_" + Guid.NewGuid().ToString("N");
        var at = timestamp ?? DateTimeOffset.UtcNow;
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"/webhooks/suppliers/{supplierCode}/events", UriKind.Relative))
        {
            Content = new StringContent(body, Encoding.UTF8, "application/cloudevents+json"),
        };
        request.Headers.Add("webhook-id", id);
        request.Headers.Add("webhook-timestamp", at.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.Add("webhook-signature", new StandardWebhook(secret).Sign(id, at, body));
        return request;
    }
}

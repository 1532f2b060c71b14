using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AmConnector.IntegrationTests.Infrastructure;
using AmConnector.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace AmConnector.IntegrationTests.Webhooks.Inbound;

/// <summary>Supplier webhook secrets: shown once, stored protected, rotated with an overlap, revoked at once.</summary>
public sealed class SupplierWebhookSecretTests : IAsyncLifetime
{
    private const string Route = "/api/suppliers/HLX/webhook-secrets";
    private readonly ClockedFactory factory = new(new FakeTimeProvider(DateTimeOffset.UtcNow));

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await factory.DisposeAsync();

    [Fact]
    public async Task A_created_secret_is_shown_once_and_stored_only_protected()
    {
        using var admin = Admin();

        using var created = await admin.PostAsync(new Uri(Route, UriKind.Relative), null);
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        var secret = body.GetProperty("secret").GetString()!;
        var list = await admin.GetStringAsync(new Uri(Route, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.StartsWith("whsec_", secret, StringComparison.Ordinal);
        Assert.True(body.TryGetProperty("validFrom", out _));
        Assert.DoesNotContain(secret, list, StringComparison.Ordinal);
        await using var scope = factory.Scope(out var db);
        var stored = await db.SupplierWebhookSecrets.SingleAsync(s => s.Id == body.GetProperty("id").GetGuid());
        Assert.DoesNotContain(secret["whsec_".Length..], stored.ProtectedSecret, StringComparison.Ordinal);
        var audit = await db.AuditEvents.SingleAsync(e => e.EntityKey == stored.Id.ToString());
        Assert.DoesNotContain("ProtectedSecret", audit.NewValues, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, audit.NewValues, StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_a_rotation_both_secrets_verify_until_the_overlap_ends_then_only_the_new_one()
    {
        using var admin = Admin();
        var old = await (await admin.PostAsync(new Uri(Route, UriKind.Relative), null)).Content.ReadFromJsonAsync<JsonElement>();
        using var rotated = await admin.PostAsync(new Uri($"{Route}/{old.GetProperty("id").GetGuid()}/rotate", UriKind.Relative), null);
        var @new = await rotated.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.Created, rotated.StatusCode);
        Assert.Equal(factory.TestClock.GetUtcNow().AddHours(24), @new.GetProperty("replacedValidUntil").GetDateTimeOffset());

        Assert.Equal(HttpStatusCode.Accepted, await SendTestEventAsync(old.GetProperty("secret").GetString()!));
        Assert.Equal(HttpStatusCode.Accepted, await SendTestEventAsync(@new.GetProperty("secret").GetString()!));
        factory.TestClock.Advance(TimeSpan.FromHours(24));
        Assert.Equal(HttpStatusCode.Unauthorized, await SendTestEventAsync(old.GetProperty("secret").GetString()!));
        Assert.Equal(HttpStatusCode.Accepted, await SendTestEventAsync(@new.GetProperty("secret").GetString()!));
    }

    [Fact]
    public async Task A_revoked_secret_stops_verifying_at_once()
    {
        using var admin = Admin();
        var created = await (await admin.PostAsync(new Uri(Route, UriKind.Relative), null)).Content.ReadFromJsonAsync<JsonElement>();
        var secret = created.GetProperty("secret").GetString()!;
        Assert.Equal(HttpStatusCode.Accepted, await SendTestEventAsync(secret));

        using var revoked = await admin.DeleteAsync(new Uri($"{Route}/{created.GetProperty("id").GetGuid()}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NoContent, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, await SendTestEventAsync(secret));
        var listed = (await admin.GetFromJsonAsync<JsonElement>(new Uri(Route, UriKind.Relative))).EnumerateArray()
            .Single(s => s.GetProperty("id").GetGuid() == created.GetProperty("id").GetGuid());
        Assert.False(listed.GetProperty("isValid").GetBoolean());
    }

    [Fact]
    public async Task Secrets_of_an_unknown_supplier_are_404_and_a_suppliers_own_caller_is_refused()
    {
        using var admin = Admin();
        using var supplier = factory.CreateClientFor(TestClients.SupplierHlx);

        using var unknown = await admin.PostAsync(new Uri("/api/suppliers/NOPE/webhook-secrets", UriKind.Relative), null);
        using var own = await supplier.GetAsync(new Uri(Route, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, own.StatusCode);
    }

    private HttpClient Admin() => factory.CreateClientFor(TestClients.OnlyScope(Scopes.ManageClients));

    private async Task<HttpStatusCode> SendTestEventAsync(string secret)
    {
        using var client = factory.CreateAnonymousClient();
        using var request = SupplierEvents.Post("HLX", secret, SupplierEvents.CloudEvent("am.test", new { message = "rotation" }, supplierCode: "HLX"),
            timestamp: factory.TestClock.GetUtcNow());
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }
}

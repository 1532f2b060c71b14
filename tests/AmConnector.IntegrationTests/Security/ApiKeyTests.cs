using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using AmConnector.IntegrationTests.Infrastructure;
using AmConnector.Security;
using AmConnector.Security.ApiKeys;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace AmConnector.IntegrationTests.Security;

/// <summary>
/// Read-only API keys for BI tools: created, listed and revoked under <c>clients.manage</c>, shown
/// once, stored as a SHA-256 only, accepted in the header or the <c>api_key</c> query parameter for
/// reads and nothing else, and refused once revoked or expired.
/// </summary>
public sealed partial class ApiKeyTests(AmConnectorFactory factory) : IClassFixture<AmConnectorFactory>
{
    private const string KeysRoute = "/api/clients/api-keys";
    private const string LotsPage = "/odata/Lots?$top=2";

    [Fact]
    public async Task Creating_a_key_answers_201_with_the_key_its_name_expiry_and_location()
    {
        using var admin = Admin();
        var expiresAt = new DateTimeOffset(DateTimeOffset.UtcNow.AddDays(30).Date, TimeSpan.Zero).AddHours(12);

        var response = await admin.PostAsJsonAsync(KeysRoute, new { name = "Power BI QA dashboard", expiresAt });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.ReadJsonAsync();
        var id = body.GetProperty("id").GetGuid();
        var key = body.GetProperty("key").GetString()!;
        Assert.StartsWith("amk_", key, StringComparison.Ordinal);
        // 256 random bits in base64url after the prefix.
        Assert.Equal("amk_".Length + 43, key.Length);
        Assert.Equal("Power BI QA dashboard", body.GetProperty("name").GetString());
        Assert.Equal(expiresAt, body.GetProperty("expiresAt").GetDateTimeOffset());
        Assert.NotNull(response.Headers.Location);
        Assert.EndsWith($"{KeysRoute}/{id}", response.Headers.Location!.OriginalString, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Two_keys_are_never_the_same()
    {
        var first = await CreateKeyAsync("first");
        var second = await CreateKeyAsync("second");

        Assert.NotEqual(first.Id, second.Id);
        Assert.NotEqual(first.Key, second.Key);
    }

    [Fact]
    public async Task The_list_shows_prefix_and_state_but_never_the_key_or_its_hash()
    {
        var (id, key) = await CreateKeyAsync("Excel monthly report");
        using var admin = Admin();

        var response = await admin.GetAsync(KeysRoute);
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(key, text, StringComparison.Ordinal);
        Assert.DoesNotContain(Sha256Hex(key), text, StringComparison.OrdinalIgnoreCase);
        var listed = Listed(text, id);
        Assert.Equal("Excel monthly report", listed.GetProperty("name").GetString());
        var prefix = listed.GetProperty("prefix").GetString()!;
        Assert.StartsWith("amk_", prefix, StringComparison.Ordinal);
        Assert.True(prefix.Length < key.Length / 2, $"the prefix '{prefix}' shows too much of the key");
        Assert.StartsWith(prefix, key, StringComparison.Ordinal);
        Assert.True(listed.GetProperty("active").GetBoolean());
        Assert.Equal(JsonValueKind.Null, listed.GetProperty("revokedAt").ValueKind);
        Assert.Equal(TestClients.OnlyScope(Scopes.ManageClients), listed.GetProperty("createdBy").GetString());
        Assert.False(listed.TryGetProperty("key", out _));
        Assert.False(listed.TryGetProperty("keyHash", out _));
    }

    [Fact]
    public async Task Only_the_sha256_of_the_key_is_stored()
    {
        var (id, key) = await CreateKeyAsync("stored hash");

        await using var scope = factory.Scope(out var db);
        var stored = await db.ApiKeys.AsNoTracking().SingleAsync(k => k.Id == id);

        Assert.Matches(Hex64(), stored.KeyHash);
        Assert.Equal(Sha256Hex(key), stored.KeyHash);
        Assert.All(
            typeof(ApiKey).GetProperties().Where(p => p.PropertyType == typeof(string)),
            p => Assert.DoesNotContain(key, (string?)p.GetValue(stored) ?? "", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_key_in_the_header_reads_lots()
    {
        var (_, key) = await CreateKeyAsync("header reader");
        using var client = KeyClient(key);

        var response = await client.GetAsync(LotsPage);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, (await response.ReadJsonAsync()).Values().Count);
    }

    [Theory]
    [InlineData("api_key")]
    [InlineData("API_KEY")]
    public async Task The_key_in_the_query_reads_lots_and_is_not_echoed_in_the_next_link(string parameter)
    {
        var (_, key) = await CreateKeyAsync("query reader");
        using var anonymous = factory.CreateAnonymousClient();

        var response = await anonymous.GetAsync($"{LotsPage}&{parameter}={Uri.EscapeDataString(key)}");
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var feed = JsonDocument.Parse(text).RootElement;
        Assert.Equal(2, feed.Values().Count);
        var nextLink = feed.GetProperty("@odata.nextLink").GetString()!;
        Assert.DoesNotContain(key, nextLink, StringComparison.Ordinal);
        Assert.DoesNotContain(Uri.EscapeDataString(key), nextLink, StringComparison.Ordinal);
        Assert.DoesNotContain("api_key", nextLink, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(key, text, StringComparison.Ordinal);

        // The link still works for a client that adds its key itself, as Power BI does.
        using var keyed = KeyClient(key);
        var next = await keyed.GetAsync(new Uri(nextLink));
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
        Assert.NotEmpty((await next.ReadJsonAsync()).Values());
    }

    [Fact]
    public async Task The_key_may_not_write()
    {
        var (_, key) = await CreateKeyAsync("would-be writer");
        using var client = KeyClient(key);

        var response = await client.PostAsJsonAsync("/odata/Suppliers", new { Code = "APIK1", Name = "Key Writer GmbH", Country = "DE" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(403, (await response.ReadJsonAsync()).GetProperty("status").GetInt32());
        await using var scope = factory.Scope(out var db);
        Assert.False(await db.Suppliers.AnyAsync(s => s.Code == "APIK1"));
    }

    [Fact]
    public async Task The_key_may_not_manage_api_keys_not_even_list_them()
    {
        var (id, key) = await CreateKeyAsync("would-be administrator");
        using var client = KeyClient(key);
        var before = await CountKeysAsync();

        var list = await client.GetAsync(KeysRoute);
        var create = await client.PostAsJsonAsync(KeysRoute, new { name = "minted by a key" });
        var revoke = await client.DeleteAsync($"{KeysRoute}/{id}");

        Assert.Equal(HttpStatusCode.Forbidden, list.StatusCode);
        Assert.Equal("application/problem+json", list.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Forbidden, create.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, revoke.StatusCode);
        Assert.Equal(before, await CountKeysAsync());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(LotsPage)).StatusCode);
    }

    [Fact]
    public async Task A_revoked_key_is_refused_at_once_and_the_list_shows_when()
    {
        var (id, key) = await CreateKeyAsync("to be revoked");
        using var client = KeyClient(key);
        using var admin = Admin();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(LotsPage)).StatusCode);

        var revoke = await admin.DeleteAsync($"{KeysRoute}/{id}");
        var after = await client.GetAsync(LotsPage);

        Assert.Equal(HttpStatusCode.NoContent, revoke.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
        Assert.NotEmpty(after.Headers.WwwAuthenticate);
        Assert.Equal("application/problem+json", after.Content.Headers.ContentType?.MediaType);
        var listed = Listed(await (await admin.GetAsync(KeysRoute)).Content.ReadAsStringAsync(), id);
        Assert.NotEqual(JsonValueKind.Null, listed.GetProperty("revokedAt").ValueKind);
        Assert.False(listed.GetProperty("active").GetBoolean());
        await using var scope = factory.Scope(out var db);
        Assert.Equal(TestClients.OnlyScope(Scopes.ManageClients), (await db.ApiKeys.SingleAsync(k => k.Id == id)).RevokedBy);
    }

    [Fact]
    public async Task Revoking_an_unknown_key_is_a_404_problem()
    {
        using var admin = Admin();

        var response = await admin.DeleteAsync($"{KeysRoute}/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_key_works_until_it_expires_and_is_refused_after()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var clocked = new ClockedFactory(clock);
        using var admin = clocked.CreateClientFor(TestClients.OnlyScope(Scopes.ManageClients));
        var created = await admin.PostAsJsonAsync(KeysRoute, new { name = "one-hour key", expiresAt = clock.GetUtcNow().AddHours(1) });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var key = (await created.ReadJsonAsync()).GetProperty("key").GetString()!;
        using var client = clocked.CreateAnonymousClient();
        client.DefaultRequestHeaders.Add(AmConnectorAuthentication.ApiKeyHeader, key);

        var fresh = await client.GetAsync(LotsPage);
        clock.Advance(TimeSpan.FromMinutes(59));
        var nearlyExpired = await client.GetAsync(LotsPage);
        clock.Advance(TimeSpan.FromHours(2));
        var expired = await client.GetAsync(LotsPage);

        Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
        Assert.Equal(HttpStatusCode.OK, nearlyExpired.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, expired.StatusCode);
        Assert.NotEmpty(expired.Headers.WwwAuthenticate);
    }

    [Theory]
    [InlineData("""{"expiresAt":"2999-01-01T00:00:00Z"}""")]
    [InlineData("""{"name":"   "}""")]
    [InlineData("""{"name":null}""")]
    [InlineData("{}")]
    public async Task A_key_without_a_name_is_a_400_naming_name_and_nothing_is_stored(string json)
    {
        var before = await CountKeysAsync();
        using var admin = Admin();

        var response = await PostJsonAsync(admin, json);

        var errors = await AssertValidationProblemAsync(response);
        Assert.True(errors.TryGetProperty("name", out _), $"errors: {errors}");
        Assert.Equal(before, await CountKeysAsync());
    }

    [Fact]
    public async Task A_name_longer_than_128_characters_is_a_400()
    {
        var before = await CountKeysAsync();
        using var admin = Admin();

        var response = await admin.PostAsJsonAsync(KeysRoute, new { name = new string('n', 129) });

        var errors = await AssertValidationProblemAsync(response);
        Assert.True(errors.TryGetProperty("name", out _), $"errors: {errors}");
        Assert.Equal(before, await CountKeysAsync());
    }

    [Fact]
    public async Task An_expiry_in_the_past_is_a_400_naming_expiresAt_and_nothing_is_stored()
    {
        var before = await CountKeysAsync();
        using var admin = Admin();

        var response = await admin.PostAsJsonAsync(KeysRoute, new { name = "already expired", expiresAt = DateTimeOffset.UtcNow.AddMinutes(-5) });

        var errors = await AssertValidationProblemAsync(response);
        Assert.True(errors.TryGetProperty("expiresAt", out _), $"errors: {errors}");
        Assert.False(errors.TryGetProperty("name", out _), $"errors: {errors}");
        Assert.Equal(before, await CountKeysAsync());
    }

    [Fact]
    public async Task A_client_without_clients_manage_is_refused_every_operation_with_403()
    {
        var (id, _) = await CreateKeyAsync("not the reader's to see");
        var before = await CountKeysAsync();
        using var reader = factory.CreateClientFor(TestClients.Reader);

        var create = await reader.PostAsJsonAsync(KeysRoute, new { name = "reader's key" });
        var list = await reader.GetAsync(KeysRoute);
        var revoke = await reader.DeleteAsync($"{KeysRoute}/{id}");

        Assert.All([create, list, revoke], r =>
        {
            Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode);
            Assert.Equal("application/problem+json", r.Content.Headers.ContentType?.MediaType);
        });
        Assert.Equal(before, await CountKeysAsync());
        await using var scope = factory.Scope(out var db);
        Assert.Null((await db.ApiKeys.SingleAsync(k => k.Id == id)).RevokedAt);
    }

    [Fact]
    public async Task An_anonymous_caller_is_refused_every_operation_with_401()
    {
        var (id, _) = await CreateKeyAsync("not for strangers");
        var before = await CountKeysAsync();
        using var anonymous = factory.CreateAnonymousClient();

        var create = await anonymous.PostAsJsonAsync(KeysRoute, new { name = "stranger's key" });
        var list = await anonymous.GetAsync(KeysRoute);
        var revoke = await anonymous.DeleteAsync($"{KeysRoute}/{id}");

        Assert.All([create, list, revoke], r =>
        {
            Assert.Equal(HttpStatusCode.Unauthorized, r.StatusCode);
            Assert.NotEmpty(r.Headers.WwwAuthenticate);
            Assert.Equal("application/problem+json", r.Content.Headers.ContentType?.MediaType);
        });
        Assert.Equal(before, await CountKeysAsync());
    }

    private HttpClient Admin() => factory.CreateClientFor(TestClients.OnlyScope(Scopes.ManageClients));

    private HttpClient KeyClient(string key)
    {
        var client = factory.CreateAnonymousClient();
        client.DefaultRequestHeaders.Add(AmConnectorAuthentication.ApiKeyHeader, key);
        return client;
    }

    private async Task<(Guid Id, string Key)> CreateKeyAsync(string name)
    {
        using var admin = Admin();
        var response = await admin.PostAsJsonAsync(KeysRoute, new { name });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.ReadJsonAsync();
        return (body.GetProperty("id").GetGuid(), body.GetProperty("key").GetString()!);
    }

    private async Task<int> CountKeysAsync()
    {
        await using var scope = factory.Scope(out var db);
        return await db.ApiKeys.CountAsync();
    }

    private static async Task<HttpResponseMessage> PostJsonAsync(HttpClient client, string json)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        return await client.PostAsync(new Uri(KeysRoute, UriKind.Relative), content);
    }

    /// <summary>Asserts a 400 RFC 9457 validation problem and returns its <c>errors</c> object.</summary>
    private static async Task<JsonElement> AssertValidationProblemAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.ReadJsonAsync();
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        return problem.GetProperty("errors");
    }

    private static JsonElement Listed(string listJson, Guid id) =>
        JsonDocument.Parse(listJson).RootElement.EnumerateArray()
            .Single(k => k.GetProperty("id").GetGuid() == id);

    private static string Sha256Hex(string key) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    [GeneratedRegex("^[0-9a-f]{64}$")]
    private static partial Regex Hex64();
}

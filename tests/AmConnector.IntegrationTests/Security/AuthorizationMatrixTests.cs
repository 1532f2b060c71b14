using System.Net;
using System.Net.Http.Headers;
using System.Text;
using AmConnector.IntegrationTests.Infrastructure;
using AmConnector.Security;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.Tokens;
using Xunit.Abstractions;

namespace AmConnector.IntegrationTests.Security;

/// <summary>
/// Every route AmConnector serves × every kind of caller, against authorization-matrix.txt. Valid
/// tokens come from /connect/token; the invalid ones are genuine tokens made invalid in one way
/// each (expired by the clock, another audience, another issuer name, alg "none").
/// </summary>
public sealed class AuthorizationMatrixTests(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private readonly List<Caller> _callers = [];
    private readonly Dictionary<string, Guid> _foreignKeys = [];
    private ClockedFactory _factory = null!;

    public async Task InitializeAsync()
    {
        _factory = new ClockedFactory(_clock);
        var expired = await TokenOf(_factory, TestClients.OnlyScope(Scopes.Read));
        _clock.Advance(TimeSpan.FromHours(2));

        await using (var otherAudience = new ForeignIssuerFactory(_factory.Folder, _clock, audience: "another-api"))
        await using (var otherIssuer = new ForeignIssuerFactory(_factory.Folder, _clock, issuer: new Uri("https://impostor.example/")))
        {
            _callers.Add(Caller.Invalid("anonymous", _ => { }));
            _callers.Add(Caller.Invalid("expired token", Bearer(expired)));
            _callers.Add(Caller.Invalid("token for another audience", Bearer(await TokenOf(otherAudience, TestClients.Reader))));
            _callers.Add(Caller.Invalid("token of another issuer", Bearer(await TokenOf(otherIssuer, TestClients.Reader))));
        }

        _callers.Add(Caller.Invalid("alg none", Bearer(Unsigned(await _factory.TokenAsync(TestClients.Reader)))));
        _callers.Add(Caller.Invalid("unknown API key", ApiKey("amk_" + new string('x', 43))));
        foreach (var scope in Scopes.All)
        {
            _callers.Add(new Caller($"only {scope}", Bearer(await _factory.TokenAsync(TestClients.OnlyScope(scope))), [scope], null));
        }

        _callers.Add(new Caller("supplier NWB on HLX data", Bearer(await _factory.TokenAsync(TestClients.SupplierNwb)), [Scopes.PublishNotices, Scopes.Read], "NWB"));
        _callers.Add(new Caller("supplier NWB writer on HLX data", Bearer(await _factory.TokenAsync(TestClients.SupplierNwbWriter)), [Scopes.Read, Scopes.Write], "NWB"));
        _callers.Add(new Caller("API key", ApiKey(await CreateApiKeyAsync()), [Scopes.Read], null));

        // Keys of records that belong to HLX (or to no supplier NWB may see), for the routes with {key}.
        await using var dbScope = _factory.Scope(out var db);
        _foreignKeys["Suppliers"] = await db.Suppliers.Where(s => s.Code == "HLX").Select(s => s.Id).SingleAsync();
        _foreignKeys["Materials"] = await db.Materials.Where(m => m.SupplierCode == "HLX").Select(m => m.Id).FirstAsync();
        _foreignKeys["Lots"] = await db.Lots.Where(l => l.SupplierCode == "HLX").Select(l => l.Id).FirstAsync();
        _foreignKeys["Certificates"] = await db.Certificates.Where(c => c.SupplierCode == "HLX").Select(c => c.Id).FirstAsync();
        _foreignKeys["ChangeNotices"] = await db.ChangeNotices.Where(n => n.SupplierCode != "NWB").Select(n => n.Id).FirstAsync();
        _foreignKeys["RiskAssessments"] = await db.RiskAssessments.Select(r => r.Id).FirstAsync();
        _foreignKeys["Qualifications"] = await db.Qualifications.Select(q => q.Id).FirstAsync();
    }

    [Fact]
    public async Task Every_route_answers_every_caller_as_the_matrix_says()
    {
        var table = MatrixRow.ReadTable();
        AssertTableMatchesServedRoutes(table);

        using var client = _factory.CreateAnonymousClient();
        var wrongAllows = new List<string>();
        var wrongDenies = new List<string>();
        var otherMismatches = new List<string>();
        foreach (var row in table)
        {
            foreach (var caller in _callers)
            {
                var expected = Expect(row, caller);
                using var request = BuildRequest(row, caller);
                using var response = await client.SendAsync(request);
                var status = (int)response.StatusCode;
                var line = $"{row.Method} {row.Route} as {caller.Name}: expected {expected}, got {status}";

                // A real record's key must be found; a made-up id may be a 404 (API keys).
                var realKey = row.EntitySet is { } set && _foreignKeys.ContainsKey(set) && row.Route.Contains("{key}", StringComparison.Ordinal);
                var allowed = status is not (401 or 403) && status < 500 && !(realKey && status == 404);
                if (expected == Outcome.Allow && !allowed)
                {
                    (status is 401 or 403 ? wrongDenies : otherMismatches).Add(line + " " + await response.Content.ReadAsStringAsync());
                }
                else if (expected != Outcome.Allow && (int)expected != status)
                {
                    (allowed ? wrongAllows : otherMismatches).Add(line);
                }
                else if (status is 401 or 403 && response.Headers.WwwAuthenticate.Count == 0 && !IsODataRefusal(response))
                {
                    otherMismatches.Add(line + " without WWW-Authenticate");
                }
                else if (status is 401 or 403 && response.Content.Headers.ContentType?.MediaType != "application/problem+json" && !IsODataRefusal(response))
                {
                    otherMismatches.Add(line + " without problem details");
                }
            }
        }

        output.WriteLine($"Authorization matrix: {table.Count} routes × {_callers.Count} callers = {table.Count * _callers.Count} requests; " +
                         $"wrong allows {wrongAllows.Count}, wrong denies {wrongDenies.Count}, other mismatches {otherMismatches.Count}.");
        Assert.True(wrongAllows.Count + wrongDenies.Count + otherMismatches.Count == 0,
            string.Join("\n", [.. wrongAllows, .. wrongDenies, .. otherMismatches]));
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    /// <summary>
    /// A 403 from the OData layer (a supplier asking the site's usability question) is a refusal in
    /// OData's error format, not an authentication challenge: no WWW-Authenticate, no problem+json.
    /// </summary>
    private static bool IsODataRefusal(HttpResponseMessage response) => response.Content.Headers.ContentType?.MediaType == "application/json";

    private void AssertTableMatchesServedRoutes(IReadOnlyList<MatrixRow> table)
    {
        var served = _factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["*"])
                .Select(method => $"{method} {e.RoutePattern.RawText?.TrimStart('/')}"))
            .ToHashSet();
        var listed = table.Where(r => !r.IsMiddleware).Select(r => $"{r.Method} {r.Route}").ToHashSet();

        Assert.True(served.SetEquals(listed),
            "authorization-matrix.txt and the served routes differ. Missing from the table: " +
            string.Join(", ", served.Except(listed)) + ". Not served: " + string.Join(", ", listed.Except(served)));
    }

    private Outcome Expect(MatrixRow row, Caller caller)
    {
        if (row.Requires == "anonymous")
        {
            return Outcome.Allow;
        }

        // Authenticated by a Standard Webhooks signature, which no caller of the matrix carries.
        if (row.Requires == "signature")
        {
            return Outcome.Unauthorized;
        }

        if (caller.Scopes is null)
        {
            return Outcome.Unauthorized;
        }

        var siteOnly = row.Requires.EndsWith("!site", StringComparison.Ordinal);
        var scope = siteOnly ? row.Requires[..^"!site".Length] : row.Requires;
        if (!scope.Split('|').Any(alternative => Holds(alternative, caller)))
        {
            return Outcome.Forbidden;
        }

        // A supplier-scoped caller does not learn that another supplier's record exists. (DELETE is
        // refused with 405 for every key, which tells nothing either.)
        var foreignRecord = row.EntitySet is { } set && row.Route.Contains("{key}", StringComparison.Ordinal) && _foreignKeys.ContainsKey(set);
        var foreignSupplier = row.Route.Contains("{supplierCode}", StringComparison.Ordinal) || row.Route.Contains("{code}", StringComparison.Ordinal);
        return caller.Supplier is not null && row.Method != "DELETE" && (foreignRecord || foreignSupplier) && !siteOnly
            ? Outcome.NotFound
            : caller.Supplier is not null && siteOnly ? Outcome.Forbidden : Outcome.Allow;
    }

    /// <summary>'authenticated', a scope, or a scope with '@supplier': that scope and a supplier claim.</summary>
    private static bool Holds(string requirement, Caller caller) =>
        requirement == "authenticated" ||
        (requirement.EndsWith("@supplier", StringComparison.Ordinal)
            ? caller.Supplier is not null && caller.Scopes!.Contains(requirement[..^"@supplier".Length])
            : caller.Scopes!.Contains(requirement));

    private HttpRequestMessage BuildRequest(MatrixRow row, Caller caller)
    {
        var path = row.Route
            .Replace("{key}", row.EntitySet switch
            {
                "AuditEvents" => "1", // keyed by sequence number
                { } set when _foreignKeys.TryGetValue(set, out var key) => key.ToString(),
                _ => Guid.NewGuid().ToString(),
            }, StringComparison.Ordinal)
            .Replace("{id:guid}", Guid.NewGuid().ToString(), StringComparison.Ordinal)
            .Replace("{messageId:guid}", Guid.NewGuid().ToString(), StringComparison.Ordinal)
            .Replace("{use}", "'cell expansion'", StringComparison.Ordinal)
            .Replace("{supplierCode}", "HLX", StringComparison.Ordinal) // another supplier's, for NWB's callers
            .Replace("{code}", "HLX", StringComparison.Ordinal)
            .Replace("{documentName?}", "v1", StringComparison.Ordinal)
            .Replace("{documentName}", "v1", StringComparison.Ordinal);
        var request = new HttpRequestMessage(new HttpMethod(row.Method == "*" ? "GET" : row.Method), new Uri("/" + path, UriKind.Relative));
        if (row.Method is "POST" or "PATCH" or "PUT")
        {
            var body = row.Route == "odata/$batch" ? """{"requests":[{"id":"1","method":"GET","url":"Suppliers?$top=1"}]}""" : "{}";
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        if (row.Method == "PATCH")
        {
            request.Headers.IfMatch.Add(EntityTagHeaderValue.Any);
        }

        caller.Apply(request);
        return request;
    }

    private async Task<string> CreateApiKeyAsync()
    {
        using var admin = _factory.CreateClientFor(TestClients.OnlyScope(Scopes.ManageClients));
        using var content = new StringContent("""{"name":"matrix BI key"}""", Encoding.UTF8, "application/json");
        var created = await admin.PostAsync(new Uri("/api/clients/api-keys", UriKind.Relative), content);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await created.ReadJsonAsync()).GetProperty("key").GetString()!;
    }

    private static async Task<string> TokenOf(AmConnectorFactory factory, string clientId)
    {
        using var response = await factory.RequestTokenResponseAsync(clientId, TestClients.Secret);
        var body = await response.ReadJsonAsync();
        Assert.True(response.IsSuccessStatusCode, body.ToString());
        return body.GetProperty("access_token").GetString()!;
    }

    /// <summary>The same claims with the signature stripped and <c>alg: none</c>.</summary>
    private static string Unsigned(string jwt) =>
        Base64UrlEncoder.Encode("""{"alg":"none","typ":"at+jwt"}""") + "." + jwt.Split('.')[1] + ".";

    private static Action<HttpRequestMessage> Bearer(string token) => r => r.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);

    private static Action<HttpRequestMessage> ApiKey(string key) => r => r.Headers.Add(AmConnectorAuthentication.ApiKeyHeader, key);

    private enum Outcome
    {
        Allow = 200,
        Unauthorized = 401,
        Forbidden = 403,
        NotFound = 404,
    }

    /// <summary>A kind of caller: its credential, and the scopes and supplier it really has (null scopes: not authenticated).</summary>
    private sealed record Caller(string Name, Action<HttpRequestMessage> Apply, IReadOnlySet<string>? Scopes, string? Supplier)
    {
        public Caller(string name, Action<HttpRequestMessage> apply, string[] scopes, string? supplier)
            : this(name, apply, scopes.ToHashSet(), supplier)
        {
        }

        public static Caller Invalid(string name, Action<HttpRequestMessage> apply) => new(name, apply, (IReadOnlySet<string>?)null, null);
    }
}

using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using AmConnector.IntegrationTests.Infrastructure;
using AmConnector.Security;
using AmConnector.Server;
using AmConnector.Telemetry;
using Microsoft.Extensions.DependencyInjection;

namespace AmConnector.IntegrationTests.Telemetry;

/// <summary>
/// The standalone server's OpenTelemetry, read back through the in-memory exporter: a request is an
/// ASP.NET Core span with its EF Core spans beneath, a supplier event is our receive span, and no
/// span carries an API key.
/// </summary>
public sealed class TracingTests(TelemetryFactory factory) : IClassFixture<TelemetryFactory>
{
    private ExportedTelemetry Exported => factory.Exported;

    [Fact]
    public async Task A_request_is_an_aspnetcore_span_with_its_ef_core_queries_beneath_it()
    {
        var agent = "tracing-test/" + Guid.NewGuid().ToString("N");
        using var client = factory.CreateClientFor(TestClients.Reader);
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/odata/Lots?$top=1", UriKind.Relative));
        request.Headers.UserAgent.ParseAdd(agent);

        using var response = await client.SendAsync(request);
        var spans = await Exported.SpansAsync(factory.Services, s => s.Any(a => a.Kind == ActivityKind.Server && Equals(a.GetTagItem("user_agent.original"), agent)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var server = Assert.Single(spans, a => a.Kind == ActivityKind.Server && Equals(a.GetTagItem("user_agent.original"), agent));
        Assert.Equal("GET", server.GetTagItem("http.request.method"));
        Assert.Equal(200, server.GetTagItem("http.response.status_code"));
        var queries = spans.Where(a => a.TraceId == server.TraceId && a.Source.Name.Contains("EntityFrameworkCore", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(queries);
        Assert.All(queries, q => Assert.Equal(ActivityKind.Client, q.Kind));
    }

    [Fact]
    public async Task A_signed_supplier_event_is_a_receive_span_with_its_type_supplier_and_answer_and_no_body_or_signature()
    {
        var secret = await SupplierEvents.CreateSecretAsync(factory, "NWB");
        var webhookId = "msg_trace_" + Guid.NewGuid().ToString("N");
        var body = SupplierEvents.CloudEvent("am.test", new { message = "traced" });
        using var client = factory.CreateAnonymousClient();
        using var request = SupplierEvents.Post("NWB", secret, body, webhookId);
        var signature = request.Headers.GetValues("webhook-signature").Single();

        using var response = await client.SendAsync(request);
        var spans = await Exported.SpansAsync(factory.Services, s => s.Any(a => a.OperationName == TelemetryTags.InboundSpan && Equals(a.GetTagItem(TelemetryTags.WebhookId), webhookId)));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var span = Assert.Single(spans, a => a.OperationName == TelemetryTags.InboundSpan && Equals(a.GetTagItem(TelemetryTags.WebhookId), webhookId));
        Assert.Equal("am.test", span.GetTagItem(TelemetryTags.EventType));
        Assert.Equal("NWB", span.GetTagItem(TelemetryTags.SupplierCode));
        Assert.Equal(202, span.GetTagItem(TelemetryTags.OutcomeStatus));
        Assert.Equal(AmConnectorTelemetry.ActivitySourceName, span.Source.Name);
        Assert.Contains(Exported.Metrics.Snapshot(), m => m.Name == "amconnector.webhooks.inbound");
        var ours = Exported.Tags().Where(t => t.Span.TraceId == span.TraceId).ToList();
        Assert.DoesNotContain(ours, t => t.Value.Contains("traced", StringComparison.Ordinal) || t.Value.Contains(signature.Split(',')[1], StringComparison.Ordinal) || t.Value.Contains(secret["whsec_".Length..], StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_wrongly_signed_event_is_traced_with_its_401_and_without_the_unverified_webhook_id()
    {
        var webhookId = "msg_unsigned_" + Guid.NewGuid().ToString("N");
        var agent = "tracing-test/" + Guid.NewGuid().ToString("N");
        using var client = factory.CreateAnonymousClient();
        using var request = SupplierEvents.Post("NWB", "whsec_" + Convert.ToBase64String(new byte[32]), SupplierEvents.CloudEvent("am.test", new { }), webhookId);
        request.Headers.UserAgent.ParseAdd(agent);

        using var response = await client.SendAsync(request);
        var spans = await Exported.SpansAsync(factory.Services, s => s.Any(a => a.Kind == ActivityKind.Server && Equals(a.GetTagItem("user_agent.original"), agent)));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var server = Assert.Single(spans, a => a.Kind == ActivityKind.Server && Equals(a.GetTagItem("user_agent.original"), agent));
        var receive = Assert.Single(spans, a => a.OperationName == TelemetryTags.InboundSpan && a.TraceId == server.TraceId);
        Assert.Equal(server.SpanId, receive.ParentSpanId);
        Assert.Equal(401, receive.GetTagItem(TelemetryTags.OutcomeStatus));
        Assert.Equal("NWB", receive.GetTagItem(TelemetryTags.SupplierCode));
        Assert.Null(receive.GetTagItem(TelemetryTags.WebhookId));
        Assert.DoesNotContain(Exported.Tags(), t => t.Value.Contains(webhookId, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_api_key_never_reaches_a_span_whether_in_the_query_or_the_header()
    {
        var key = await CreateApiKeyAsync();
        using var client = factory.CreateAnonymousClient();

        using var byQuery = await client.GetAsync(new Uri($"/odata/Lots?$top=1&api_key={key}", UriKind.Relative));
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/odata/Lots?$top=1", UriKind.Relative));
        request.Headers.Add(AmConnectorAuthentication.ApiKeyHeader, key);
        using var byHeader = await client.SendAsync(request);
        ExportedTelemetry.Flush(factory.Services);

        Assert.Equal(HttpStatusCode.OK, byQuery.StatusCode);
        Assert.Equal(HttpStatusCode.OK, byHeader.StatusCode);
        Assert.DoesNotContain(Exported.Tags(), t => t.Value.Contains(key, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("url.query", "?$top=1&api_key=amk_secret&x=2", "?$top=1&api_key=Redacted&x=2")]
    [InlineData("url.query", "?API_KEY=amk_secret", "?API_KEY=Redacted")]
    [InlineData("url.full", "https://bi.example/odata/Lots?api_key=amk_secret#top", "https://bi.example/odata/Lots?api_key=Redacted#top")]
    [InlineData("url.full", "https://bi.example/odata/Lots?my_api_key=kept", "https://bi.example/odata/Lots?my_api_key=kept")]
    public void The_enrichment_redacts_an_api_key_that_reaches_a_url_tag(string tag, string value, string expected)
    {
        using var activity = new Activity("test").SetTag(tag, value);

        ServerTelemetry.RedactApiKey(activity, tag);

        Assert.Equal(expected, activity.GetTagItem(tag));
    }

    private async Task<string> CreateApiKeyAsync()
    {
        using var admin = factory.CreateClientFor(TestClients.OnlyScope(Scopes.ManageClients));
        using var response = await admin.PostAsJsonAsync(new Uri("/api/clients/api-keys", UriKind.Relative), new { name = "tracing test" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.ReadJsonAsync()).GetProperty("key").GetString()!;
    }
}

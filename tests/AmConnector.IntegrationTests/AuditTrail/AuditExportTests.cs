using System.Net;
using System.Text.Json;
using AmConnector.AuditTrail;
using AmConnector.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AmConnector.IntegrationTests.AuditTrail;

/// <summary>The audit export an inspector is handed: CSV or JSON, filtered, and itself on the record.</summary>
public sealed class AuditExportTests(AmConnectorFactory factory) : IClassFixture<AmConnectorFactory>
{
    private readonly HttpClient _auditor = factory.CreateClientFor(TestClients.OnlyScope(AmConnector.Security.Scopes.ReadAudit));

    [Fact]
    public async Task The_JSON_export_holds_every_event_of_the_entity_in_sequence_and_the_export_is_audited()
    {
        var response = await _auditor.GetAsync(new Uri("/api/audit/export?format=json&entity=Lot", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rows = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.EnumerateArray().ToList();
        await using var scope = factory.Scope(out var db);
        Assert.Equal(await db.AuditEvents.CountAsync(e => e.EntityType == "Lot"), rows.Count);
        Assert.All(rows, r => Assert.Equal("Lot", r.GetProperty("EntityType").GetString()));
        var sequences = rows.Select(r => long.Parse(r.GetProperty("Sequence").GetString()!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(sequences.Order(), sequences);
        Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == AuditAction.Export && e.ClientId == TestClients.OnlyScope(AmConnector.Security.Scopes.ReadAudit)));
    }

    [Fact]
    public async Task The_CSV_export_has_a_header_and_one_quoted_line_per_event()
    {
        var response = await _auditor.GetAsync(new Uri("/api/audit/export?format=csv&entity=Supplier", UriKind.Relative));

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Sequence,OccurredAt,EntityType,EntityKey", lines[0], StringComparison.Ordinal);
        await using var scope = factory.Scope(out var db);
        Assert.Equal(await db.AuditEvents.CountAsync(e => e.EntityType == "Supplier"), lines.Length - 1);
    }

    [Fact]
    public async Task A_bad_format_is_a_400_naming_format_and_a_reader_without_audit_read_is_refused()
    {
        var bad = await _auditor.GetAsync(new Uri("/api/audit/export?format=xlsx", UriKind.Relative));
        var reader = await factory.CreateClientFor(TestClients.Reader).GetAsync(new Uri("/api/audit/export", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.True((await bad.ReadJsonAsync()).GetProperty("errors").TryGetProperty("format", out _));
        Assert.Equal(HttpStatusCode.Forbidden, reader.StatusCode);
    }
}

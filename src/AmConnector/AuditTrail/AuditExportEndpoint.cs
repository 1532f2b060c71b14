using System.Globalization;
using System.Text;
using System.Text.Json;
using AmConnector.Data;
using AmConnector.Security.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace AmConnector.AuditTrail;

/// <summary>
/// <c>GET /api/audit/export?format=csv|json&amp;from&amp;to&amp;entity</c> (<c>audit.read</c>): streams the
/// trail row by row from the database to the response, never the whole result in memory. The
/// export is itself recorded in the trail before the first row is sent.
/// </summary>
internal static class AuditExportEndpoint
{
    private static readonly string[] Columns =
    [
        "Sequence", "OccurredAt", "EntityType", "EntityKey", "NaturalKey", "Action", "OldValues", "NewValues", "Reason",
        "ClientId", "Subject", "PersonName", "SupplierCode", "CorrelationId", "InboundEventId", "PreviousHash", "Hash",
    ];

    public static RouteHandlerBuilder MapAuditExport(this IEndpointRouteBuilder endpoints, string route) =>
        endpoints.MapGet(route, ExportAsync).RequireAuthorization(Policies.ReadAudit).WithTags("Audit trail");

    private static async Task<Results<EmptyHttpResult, ValidationProblem>> ExportAsync(
        HttpContext http, AmConnectorDbContext db, AuditInterceptor interceptor, TimeProvider clock,
        string? format, DateTimeOffset? from, DateTimeOffset? to, string? entity)
    {
        format = (format ?? "json").ToLowerInvariant();
        if (format is not ("csv" or "json"))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["format"] = [$"'{format}' is not csv or json."] });
        }

        if (from > to)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["from"] = ["is after 'to'."] });
        }

        await RecordExportAsync(http, db, interceptor, clock, $"format={format}; from={from:O}; to={to:O}; entity={entity}");

        var rows = db.AuditEvents.AsNoTracking().AsQueryable();
        rows = from is { } f ? rows.Where(e => e.OccurredAt >= f) : rows;
        rows = to is { } t ? rows.Where(e => e.OccurredAt <= t) : rows;
        rows = string.IsNullOrWhiteSpace(entity) ? rows : rows.Where(e => e.EntityType == entity);
        var stream = rows.OrderBy(e => e.Sequence).AsAsyncEnumerable();

        http.Response.ContentType = format == "csv" ? "text/csv; charset=utf-8" : "application/json; charset=utf-8";
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"audit-trail.{format}\"";
        await (format == "csv" ? WriteCsvAsync(http.Response.Body, stream, http.RequestAborted) : WriteJsonAsync(http.Response.Body, stream, http.RequestAborted));
        return TypedResults.Empty;
    }

    private static async Task RecordExportAsync(HttpContext http, AmConnectorDbContext db, AuditInterceptor interceptor, TimeProvider clock, string what)
    {
        var actor = interceptor.Actor(db);
        await using var transaction = await db.Database.BeginTransactionAsync(http.RequestAborted);
        await AuditChain.AppendAsync(db,
        [
            new AuditEvent
            {
                EntityType = "AuditTrail", EntityKey = "export", Action = AuditAction.Export, NewValues = JsonSerializer.Serialize(new { what }),
                ClientId = actor.ClientId, Subject = actor.Subject, PersonName = actor.Name, SupplierCode = actor.Supplier,
                CorrelationId = System.Diagnostics.Activity.Current?.Id,
            },
        ], clock.GetUtcNow(), http.RequestAborted);
        await db.SaveChangesAsync(http.RequestAborted);
        await transaction.CommitAsync(http.RequestAborted);
    }

    private static async Task WriteCsvAsync(Stream body, IAsyncEnumerable<AuditEvent> events, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(body, new UTF8Encoding(false), 16 * 1024, leaveOpen: true);
        await writer.WriteLineAsync(string.Join(',', Columns));
        await foreach (var e in events.WithCancellation(cancellationToken))
        {
            await writer.WriteLineAsync(string.Join(',', Values(e).Select(Csv)));
        }
    }

    private static async Task WriteJsonAsync(Stream body, IAsyncEnumerable<AuditEvent> events, CancellationToken cancellationToken)
    {
        await using var json = new Utf8JsonWriter(body);
        json.WriteStartArray();
        var pending = 0;
        await foreach (var e in events.WithCancellation(cancellationToken))
        {
            json.WriteStartObject();
            foreach (var (name, value) in Columns.Zip(Values(e)))
            {
                json.WriteString(name, value);
            }

            json.WriteEndObject();
            if (++pending == 200)
            {
                await json.FlushAsync(cancellationToken);
                pending = 0;
            }
        }

        json.WriteEndArray();
        await json.FlushAsync(cancellationToken);
    }

    private static string?[] Values(AuditEvent e) =>
    [
        e.Sequence.ToString(CultureInfo.InvariantCulture), e.OccurredAt.UtcDateTime.ToString("O", CultureInfo.InvariantCulture), e.EntityType, e.EntityKey,
        e.NaturalKey, e.Action.ToString(), e.OldValues, e.NewValues, e.Reason, e.ClientId, e.Subject, e.PersonName, e.SupplierCode,
        e.CorrelationId, e.InboundEventId, e.PreviousHash, e.Hash,
    ];

    /// <summary>RFC 4180 quoting; a leading formula character is prefixed so a spreadsheet never runs it.</summary>
    private static string Csv(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        if (value[0] is '=' or '+' or '-' or '@')
        {
            value = "'" + value;
        }

        return value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}

using System.Collections;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OData.Abstracts;
using Microsoft.AspNetCore.OData.Extensions;

namespace AmConnector.OData.PlainFeed;

/// <summary>
/// Writes one page of entities as OData's JSON (minimal metadata) byte for byte, without OData's
/// serializer, which writes each property value through several layers of async calls (about 3.5 µs a
/// value, three quarters of a BI refresh page: P2 in docs/performance.md). Only for what it can write
/// exactly: see <see cref="PlainFeed.PlanFor{T}"/>; everything else goes to OData.
/// <c>PlainFeedTests</c> compares its output with OData's for every entity set it serves.
/// </summary>
internal sealed class PlainFeedResult(PlainFeedPlan plan, string entitySet, IList rows) : IActionResult
{
    /// <summary>As OData writes JSON: no escaping beyond what JSON requires.</summary>
    private static readonly JsonWriterOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };

    public const string ContentType = "application/json; odata.metadata=minimal; odata.streaming=true; charset=utf-8";

    private static long pagesWritten;

    /// <summary>Pages written so far by this writer rather than OData's serializer (for tests and diagnostics).</summary>
    internal static long PagesWritten => Interlocked.Read(ref pagesWritten);

    public async Task ExecuteResultAsync(ActionContext context)
    {
        var http = context.HttpContext;
        var request = http.Request;
        var feature = request.ODataFeature();
        var etags = request.GetETagHandler();
        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.ContentType = ContentType;
        http.Response.Headers["OData-Version"] = "4.0";

        await using var json = new Utf8JsonWriter(http.Response.BodyWriter, Json);
        json.WriteStartObject();
        var projection = plan.Projection is { } selected ? $"({selected})" : "";
        json.WriteString("@odata.context", $"{request.CreateODataLink().TrimEnd('/')}/$metadata#{entitySet}{projection}");
        if (feature.TotalCount is { } count)
        {
            json.WriteNumber("@odata.count", count);
        }

        json.WriteStartArray("value");
        // One dictionary for every ETag of the page: each is read into it and turned into text before the next.
        var concurrency = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            json.WriteStartObject();
            WriteEntity(json, plan, row!, etags, concurrency);
            json.WriteEndObject();
            if (json.BytesPending > 16_384)
            {
                await json.FlushAsync(http.RequestAborted);
            }
        }

        json.WriteEndArray();
        if (feature.NextLink is { } next)
        {
            json.WriteString("@odata.nextLink", next.AbsoluteUri);
        }

        json.WriteEndObject();
        await json.FlushAsync(http.RequestAborted);
        Interlocked.Increment(ref pagesWritten);
    }

    /// <summary>One entity's ETag, properties and expansions, in OData's order.</summary>
    private static void WriteEntity(Utf8JsonWriter json, PlainFeedPlan plan, object row, IETagHandler etags, Dictionary<string, object?> concurrency)
    {
        if (plan.Concurrency.Count > 0)
        {
            concurrency.Clear();
            foreach (var property in plan.Concurrency)
            {
                concurrency[property.Name] = property.Read(row);
            }

            if (etags.CreateETag(concurrency!, TimeZoneInfo.Utc) is { } etag)
            {
                json.WriteString("@odata.etag", etag.ToString());
            }
        }

        foreach (var property in plan.Properties)
        {
            Write(json, property, property.Read(row));
        }

        foreach (var expansion in plan.Expanded)
        {
            if (expansion.Navigation.Read(row) is not { } related)
            {
                json.WriteNull(expansion.Navigation.Name);
                continue;
            }

            json.WriteStartObject(expansion.Navigation.Name);
            WriteEntity(json, expansion.Plan, related, etags, concurrency);
            json.WriteEndObject();
        }
    }

    private static void Write(Utf8JsonWriter json, PlainFeedPlan.Property property, object? value)
    {
        if (value is null)
        {
            json.WriteNull(property.Name);
            return;
        }

        switch (property.Kind)
        {
            case PlainFeedPlan.ValueKind.String:
                json.WriteString(property.Name, (string)value);
                break;
            case PlainFeedPlan.ValueKind.Guid:
                json.WriteString(property.Name, (Guid)value);
                break;
            case PlainFeedPlan.ValueKind.Boolean:
                json.WriteBoolean(property.Name, (bool)value);
                break;
            case PlainFeedPlan.ValueKind.Integer:
                json.WriteNumber(property.Name, Convert.ToInt64(value, CultureInfo.InvariantCulture));
                break;
            case PlainFeedPlan.ValueKind.Decimal:
                json.WriteNumber(property.Name, (decimal)value);
                break;
            case PlainFeedPlan.ValueKind.Date:
                json.WriteString(property.Name, ((DateOnly)value).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                break;
            case PlainFeedPlan.ValueKind.DateTimeOffset:
                json.WriteString(property.Name, System.Xml.XmlConvert.ToString((DateTimeOffset)value));
                break;
            case PlainFeedPlan.ValueKind.Enum:
                json.WriteString(property.Name, value.ToString());
                break;
            default:
                throw new InvalidOperationException($"{property.Kind} has no writer.");
        }
    }
}

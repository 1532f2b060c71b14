using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using AmConnector.Data;
using AmConnector.Suppliers;
using AmConnector.Webhooks.Inbound;
using Microsoft.EntityFrameworkCore;

namespace AmConnector.Certificates.Astm;

/// <summary>
/// QA's import of a supplier's E3077 CoA file (<c>import coa &lt;file.xml&gt; --supplier &lt;code&gt;</c>):
/// the same mapping, schema, <c>am.coa.issued</c> handler and evaluation as the signed webhook,
/// committed in one save with its inbox entry and audited as <see cref="Actor"/> on behalf of the
/// supplier. The file is kept in the inbox as a CloudEvent with <c>data_base64</c>, exactly as a
/// supplier could have sent it, so every CoA has its evidence in one place; the same file imported
/// again is recognised by its hash and changes nothing.
/// </summary>
internal sealed class AstmCoaImport(
    AmConnectorDbContext db, InboundEventSchemas schemas, IEnumerable<IInboundEventHandler> handlers, TimeProvider clock)
{
    public const string Actor = "cli:import-coa";

    /// <summary>A file larger than this is refused before it is parsed.</summary>
    public const int MaxFileBytes = AstmXmlLoader.MaxCharacters;

    public async Task<AstmCoaImportResult> ImportAsync(Stream xml, string supplierCode, string? fileName, CancellationToken cancellationToken)
    {
        var bytes = await ReadAsync(xml, cancellationToken);
        if (bytes is null)
        {
            return AstmCoaImportResult.Refused("The file is too large.", [new AstmProblem("/", $"an E3077 CoA may be at most {MaxFileBytes} bytes.")]);
        }

        var supplier = await db.Suppliers.AsNoTracking().FirstOrDefaultAsync(s => s.Code == supplierCode, cancellationToken);
        if (supplier is null)
        {
            return AstmCoaImportResult.Refused("Unknown supplier.", [new AstmProblem("--supplier", $"no supplier has the code '{supplierCode}'.")]);
        }

        if (supplier.Approval is SupplierApproval.Suspended or SupplierApproval.Disqualified)
        {
            return AstmCoaImportResult.Refused("The supplier may not publish.",
                [new AstmProblem("--supplier", $"supplier {supplier.Code} is {supplier.Approval}; its CoAs are not accepted.")]);
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var eventId = "import-" + hash[..32];
        var previous = await db.InboundEvents.AsNoTracking()
            .FirstOrDefaultAsync(e => e.SupplierCode == supplier.Code && e.CloudEventId == eventId, cancellationToken);
        if (previous is not null)
        {
            return Accepted(previous.Id, previous.Outcome, [], isRepeat: true);
        }

        var mapping = AstmCoaMapper.Map(bytes, supplier.Code);
        if (!mapping.IsValid)
        {
            return AstmCoaImportResult.Refused("The ASTM E3077 CoA cannot be read.", mapping.Problems);
        }

        var now = clock.GetUtcNow();
        var data = mapping.Data!.ToJson();
        if (schemas.Violations(InboundEventTypes.CoaIssued, data) is { Count: > 0 } violations)
        {
            return Refused("The ASTM E3077 CoA does not fit am.coa.issued.", mapping, violations);
        }

        var subject = $"coa/{mapping.Data!.DocumentNumber}";
        var envelope = new CloudEventEnvelope(eventId, InboundEventTypes.CoaIssued, $"urn:amconnector:{Actor}", subject, now, data) { XmlBytes = bytes };
        var body = CloudEvent(envelope, bytes);
        var inbox = new InboundEvent
        {
            SupplierId = supplier.Id,
            SupplierCode = supplier.Code,
            WebhookId = eventId,
            CloudEventId = eventId,
            Type = envelope.Type,
            Subject = subject,
            ReceivedAt = now,
            Body = body,
            BodySha256 = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(body))),
            Headers = JsonSerializer.Serialize(new Dictionary<string, string?> { ["source"] = Actor, ["file"] = fileName, ["file-sha256"] = hash }),
            OutcomeStatus = 202,
        };

        db.Audit.InboundEventId = inbox.Id.ToString();
        db.Audit.SystemActor = Actor;
        db.Audit.SupplierCode = supplier.Code;
        var handler = handlers.Single(h => h.Type == InboundEventTypes.CoaIssued);
        var result = await handler.HandleAsync(new InboundEventContext(db, supplier, envelope, now), cancellationToken);
        if (!result.IsAccepted)
        {
            db.ChangeTracker.Clear();
            db.Audit.InboundEventId = null;
            db.Audit.Reason = null;
            return Refused(result.Title ?? "The CoA was refused.", mapping, result.Errors!.Select(e => (e.Field, e.Message)).ToList());
        }

        inbox.Outcome = JsonSerializer.Serialize(new
        {
            inboundEventId = inbox.Id, type = inbox.Type, cloudEventId = inbox.CloudEventId, receivedAt = inbox.ReceivedAt, result = result.Details,
            astm = new { format = "ASTM E3077", ignoredElements = mapping.Ignored },
        }, InboundJson.Options);
        db.InboundEvents.Add(inbox);
        await db.SaveChangesAsync(cancellationToken);
        return Accepted(inbox.Id, inbox.Outcome, mapping.Ignored, isRepeat: false);
    }

    private static AstmCoaImportResult Refused(string title, AstmCoaMapping mapping, IReadOnlyList<(string Path, string Message)> errors) =>
        AstmCoaImportResult.Refused(title, mapping.Relocate(errors).Select(e => new AstmProblem(e.Path, e.Message)).ToList(), mapping.Ignored);

    private static AstmCoaImportResult Accepted(Guid inboundEventId, string outcome, IReadOnlyList<string> ignored, bool isRepeat)
    {
        var result = JsonDocument.Parse(outcome).RootElement.GetProperty("result");
        return new AstmCoaImportResult(true, isRepeat ? "This file was imported before; nothing changed." : "The CoA was stored and judged.", [], ignored,
            result.GetProperty("certificateId").GetGuid(), result.GetProperty("verdict").GetString(),
            result.TryGetProperty("verdictReason", out var reason) ? reason.GetString() : null, inboundEventId, isRepeat, outcome);
    }

    /// <summary>The file as the CloudEvent a supplier would have posted: structured mode, the XML in <c>data_base64</c>.</summary>
    private static string CloudEvent(CloudEventEnvelope envelope, byte[] xml) => JsonSerializer.Serialize(new Dictionary<string, object?>
    {
        ["specversion"] = "1.0",
        ["id"] = envelope.Id,
        ["source"] = envelope.Source,
        ["type"] = envelope.Type,
        ["subject"] = envelope.Subject,
        ["time"] = envelope.Time?.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        ["datacontenttype"] = "application/xml",
        ["data_base64"] = Convert.ToBase64String(xml),
    });

    private static async Task<byte[]?> ReadAsync(Stream xml, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await xml.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxFileBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}

using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using AmConnector.Certificates.Astm;
using AmConnector.Data;
using AmConnector.Suppliers;
using AmConnector.Telemetry;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AmConnector.Webhooks.Inbound;

/// <summary>
/// <c>POST /webhooks/suppliers/{supplierCode}/events</c>. In this order, and stopping at the first
/// failure with nothing stored: size, sender, signature on the raw bytes, sender's standing, a
/// repeat (answered with the first answer), envelope, type, schema. Then the event goes to the
/// single inbound writer, which applies the business rules and commits the inbox row with the
/// business change in one transaction, shared with other waiting events (group commit, ADR-015);
/// only after that commit is the answer 202 (design.md principle 1: accepted means durable). With
/// <see cref="InboundAcknowledgement.OnStore"/> (ADR-020) the writer commits the verified event alone,
/// answers 202, and applies the business rules afterwards, in order.
/// </summary>
internal sealed class SupplierEventReceiver(
    AmConnectorDbContext db,
    InboundEventSchemas schemas,
    InboundCommitQueue queue,
    SupplierSecretStore secrets,
    TimeProvider clock,
    InboundWebhookMetrics metrics,
    IOptions<AmConnectorOptions> options)
{
    private const int MaxWebhookIdLength = 128;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Kept with the event as evidence; the reason and trace are also what a stored event is applied with (ADR-020).</summary>
    internal static readonly string[] EvidenceHeaders =
        ["webhook-id", "webhook-timestamp", "webhook-signature", "content-type", "content-length", "user-agent", "traceparent", StoredInboundEvent.ReasonHeader];

    /// <summary>Receives one event inside its span (type, supplier, webhook-id, status answered; never the body or signature).</summary>
    public async Task<IResult> ReceiveAsync(string supplierCode, HttpRequest request, CancellationToken cancellationToken)
    {
        using var activity = AmConnectorTelemetry.Source.StartActivity(TelemetryTags.InboundSpan);
        var receipt = new InboundReceipt();
        IResult result;
        try
        {
            result = await ReceiveCoreAsync(supplierCode, request, receipt, cancellationToken);
        }
        catch (Exception exception)
        {
            activity?.SetStatus(ActivityStatusCode.Error, exception.GetType().Name);
            throw;
        }

        var status = (result as IStatusCodeHttpResult)?.StatusCode ?? StatusCodes.Status200OK;
        metrics.Received(receipt, status);
        activity?.SetTag(TelemetryTags.SupplierCode, receipt.SupplierCode)
            .SetTag(TelemetryTags.EventType, receipt.Type)
            .SetTag(TelemetryTags.WebhookId, receipt.WebhookId)
            .SetTag(TelemetryTags.OutcomeStatus, status);
        return result;
    }

    private async Task<IResult> ReceiveCoreAsync(string supplierCode, HttpRequest request, InboundReceipt receipt, CancellationToken cancellationToken)
    {
        var settings = options.Value.SupplierWebhooks;
        var bytes = await InboundBody.ReadAsync(request, settings.MaxBodyBytes, cancellationToken);
        if (bytes is null)
        {
            return InboundProblems.Status(StatusCodes.Status413PayloadTooLarge, "The event is too large.",
                $"An event may be at most {settings.MaxBodyBytes} bytes.");
        }

        var supplier = await db.Suppliers.AsNoTracking().FirstOrDefaultAsync(s => s.Code == supplierCode, cancellationToken);
        if (supplier is null)
        {
            return InboundProblems.Status(StatusCodes.Status404NotFound, "Unknown supplier.", $"No supplier has the code '{supplierCode}'.");
        }

        receipt.SupplierCode = supplier.Code;

        string body;
        try
        {
            body = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return InboundProblems.Status(StatusCodes.Status400BadRequest, "The body is not UTF-8.", "Send the CloudEvent as UTF-8 JSON.");
        }

        var now = clock.GetUtcNow();
        var headers = request.Headers;
        var webhookId = headers["webhook-id"].ToString();
        var check = SignatureCheck.Verify(webhookId, headers["webhook-timestamp"], headers["webhook-signature"], body,
            await secrets.ValidSecretsAsync(supplier.Id, now, cancellationToken), now, settings.TimestampTolerance);
        switch (check)
        {
            case SignatureCheck.Result.MissingHeaders:
                return InboundProblems.Unauthorized(request.HttpContext.Response, "The event is not signed.",
                    "Send the Standard Webhooks headers webhook-id, webhook-timestamp (Unix seconds) and webhook-signature.");
            case SignatureCheck.Result.StaleTimestamp:
                return InboundProblems.Unauthorized(request.HttpContext.Response, "The event's timestamp is out of tolerance.",
                    $"webhook-timestamp must be within {settings.TimestampTolerance.TotalSeconds:0} seconds of the receiver's clock ({now:O}).");
            case SignatureCheck.Result.NoMatch:
                return InboundProblems.Unauthorized(request.HttpContext.Response, "The signature does not verify.",
                    $"No v1 signature matches a valid webhook secret of supplier {supplier.Code}.");
        }

        if (webhookId.Length > MaxWebhookIdLength)
        {
            // The inbox column holds 128 characters: SQL Server would fail the insert with a 500 (hostile-input cases).
            return InboundProblems.Fields(StatusCodes.Status400BadRequest, "The webhook-id is too long.",
                [("webhook-id", $"must be at most {MaxWebhookIdLength} characters.")]);
        }

        receipt.WebhookId = webhookId;
        if (supplier.Approval is SupplierApproval.Suspended or SupplierApproval.Disqualified)
        {
            return InboundProblems.Status(StatusCodes.Status403Forbidden, "The supplier may not publish.",
                $"Supplier {supplier.Code} is {supplier.Approval}; its events are not accepted.");
        }

        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(bytes);
            root = document.RootElement.Clone();
        }
        catch (JsonException exception)
        {
            return await InboundRepeats.PreviousAnswerAsync(db, supplier.Code, e => e.WebhookId == webhookId, cancellationToken)
                ?? InboundProblems.Fields(StatusCodes.Status400BadRequest, "The body is not JSON.", [("", exception.Message)]);
        }

        var (envelope, envelopeErrors) = CloudEventEnvelope.Parse(root);
        if (envelope is null)
        {
            // A repeat is answered as first answered, before anything about this body (ADR-008's order).
            return await InboundRepeats.PreviousAnswerAsync(db, supplier.Code, e => e.WebhookId == webhookId, cancellationToken)
                ?? InboundProblems.Fields(StatusCodes.Status400BadRequest, "The body is not a valid CloudEvent.", envelopeErrors);
        }

        // The two repeat look-ups (same webhook-id, then same CloudEvent id) in one query.
        if (await InboundRepeats.PreviousAnswerAsync(db, supplier.Code, webhookId, envelope.Id, cancellationToken) is { } repeat)
        {
            return repeat;
        }

        if (!schemas.IsKnown(envelope.Type))
        {
            return InboundProblems.Fields(StatusCodes.Status400BadRequest, "Unknown event type.",
                [("/type", $"'{envelope.Type}' is not an event a supplier may send: {string.Join(", ", InboundEventTypes.All)}.")]);
        }

        receipt.Type = envelope.Type;
        AstmCoaMapping? astm = null;
        if (envelope.IsXml)
        {
            // An ASTM E3077 CoA (ADR-014): mapped to the JSON data of am.coa.issued, then on the same path.
            if (envelope.Type != InboundEventTypes.CoaIssued)
            {
                return InboundProblems.Fields(StatusCodes.Status400BadRequest, "XML data is not accepted for this type.",
                    [("/datacontenttype", $"only {InboundEventTypes.CoaIssued} may carry application/xml (an ASTM E3077 CoA); {envelope.Type} is JSON.")]);
            }

            astm = AstmCoaMapper.Map(envelope, supplier.Code);
            if (!astm.IsValid)
            {
                return InboundProblems.Fields(StatusCodes.Status422UnprocessableEntity, "The ASTM E3077 CoA cannot be read.",
                    astm.Problems.Select(p => (p.Location, p.Message)));
            }

            envelope = envelope with { Data = astm.Data!.ToJson() };
        }

        if (schemas.Violations(envelope.Type, envelope.Data) is { Count: > 0 } violations)
        {
            return astm is null
                ? InboundProblems.Fields(StatusCodes.Status400BadRequest, $"The data does not match the schema of {envelope.Type}.", violations)
                : InboundProblems.Fields(StatusCodes.Status422UnprocessableEntity, "The ASTM E3077 CoA does not fit am.coa.issued.", astm.Relocate(violations));
        }

        var inbox = new InboundEvent
        {
            SupplierId = supplier.Id,
            SupplierCode = supplier.Code,
            WebhookId = webhookId,
            CloudEventId = envelope.Id,
            Type = envelope.Type,
            Subject = envelope.Subject,
            ReceivedAt = now,
            Body = body,
            BodySha256 = Convert.ToHexStringLower(SHA256.HashData(bytes)),
            // The reason as the audit trail takes it on receipt (its first value), so a stored event is audited alike.
            Headers = JsonSerializer.Serialize(EvidenceHeaders.Where(h => headers.ContainsKey(h)).ToDictionary(
                h => h, h => h == StoredInboundEvent.ReasonHeader ? headers[h].FirstOrDefault() ?? "" : headers[h].ToString())),
            OutcomeStatus = StatusCodes.Status202Accepted,
        };

        // The writer applies the handler and commits, in a batch with whatever else is waiting (ADR-015).
        var reason = headers[AuditTrail.AuditScope.ReasonHeader].FirstOrDefault();
        return await queue.SubmitAsync(new InboundSubmission(supplier, envelope, inbox, reason, System.Diagnostics.Activity.Current) { Astm = astm }, cancellationToken);
    }
}

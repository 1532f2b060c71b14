using System.Diagnostics;
using AmConnector.Suppliers;
using Microsoft.AspNetCore.Http;

namespace AmConnector.Webhooks.Inbound;

/// <summary>
/// A verified, schema-checked event waiting for the inbound writer (ADR-015): everything the request
/// learnt, and the place its answer is given once the batch it joins has committed.
/// </summary>
internal sealed class InboundSubmission(Supplier supplier, CloudEventEnvelope envelope, InboundEvent inbox, string? reasonHeader, Activity? activity)
{
    private readonly TaskCompletionSource<IResult> answer = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Supplier Supplier { get; } = supplier;

    public CloudEventEnvelope Envelope { get; } = envelope;

    /// <summary>The inbox row as it will be stored; the writer fills in its outcome.</summary>
    public InboundEvent Inbox { get; } = inbox;

    /// <summary>The <c>AmConnector-Reason</c> header, if the sender gave one (the audit reason when the handler sets none).</summary>
    public string? ReasonHeader { get; } = reasonHeader;

    /// <summary>The request's activity, so the audit events and outbox rows carry the request's trace.</summary>
    public Activity? Activity { get; } = activity;

    /// <summary>For an ASTM E3077 CoA (ADR-014): how its XML was read, to place refusals and list what was not read.</summary>
    public Certificates.Astm.AstmCoaMapping? Astm { get; init; }

    public Task<IResult> Answer => answer.Task;

    public void Complete(IResult result) => answer.TrySetResult(result);

    public void Fail(Exception exception) => answer.TrySetException(exception);
}

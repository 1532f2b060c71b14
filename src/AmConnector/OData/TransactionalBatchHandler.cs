using AmConnector.Data;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OData.Batch;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AmConnector.OData;

/// <summary>
/// <c>$batch</c> whose change sets (multipart change sets, JSON atomicity groups) commit or
/// fail as a whole. OData's default handler runs a change set's requests one by one and stops
/// at the first failure but keeps what the earlier ones saved; here they share one database
/// transaction that commits only when every request of the set succeeded.
/// </summary>
/// <remarks>
/// A batch's sub-requests share the batch request's service scope (AspNetCoreOData copies its
/// features), so they share one <see cref="AmConnectorDbContext"/> and its transaction.
/// </remarks>
internal sealed class TransactionalBatchHandler : DefaultODataBatchHandler
{
    /// <summary>A malformed batch (bad part, sub-request to another host) is the client's error: 400 with OData's reason, not 500.</summary>
    public override async Task ProcessBatchAsync(HttpContext context, RequestDelegate nextHandler)
    {
        ArgumentNullException.ThrowIfNull(context);
        try
        {
            await base.ProcessBatchAsync(context, nextHandler);
        }
        catch (MalformedBatchException ex) when (!context.Response.HasStarted)
        {
            await ODataErrors.WriteAsync(context, StatusCodes.Status400BadRequest, "InvalidQuery", "The $batch request is malformed: " + ex.Message);
        }
    }

    public override async Task<IList<ODataBatchRequestItem>> ParseBatchRequestsAsync(HttpContext context)
    {
        IList<ODataBatchRequestItem> requests;
        try
        {
            requests = await base.ParseBatchRequestsAsync(context);
        }
        // Bytes that are not UTF-8 (DecoderFallbackException is an ArgumentException), a boundary over the
        // reader's limit (AggregateException): the body is the caller's error (hostile-input cases).
        catch (Exception ex) when (ex is InvalidOperationException or Microsoft.OData.ODataException or ArgumentException or AggregateException or InvalidDataException)
        {
            throw new MalformedBatchException(ex.Message, ex);
        }

        // OData's reader applies MaxPartsPerBatch and MaxOperationsPerChangeset to multipart batches only; a JSON batch is held to them here.
        var operations = requests.Sum(r => r is ChangeSetRequestItem changeSet ? changeSet.Contexts.Count() : 1);
        var largestSet = requests.OfType<ChangeSetRequestItem>().Select(c => c.Contexts.Count()).DefaultIfEmpty(0).Max();
        if (operations > MessageQuotas.MaxPartsPerBatch || largestSet > MessageQuotas.MaxOperationsPerChangeset)
        {
            throw new MalformedBatchException(
                $"it has {operations} operations (largest change set {largestSet}); at most {MessageQuotas.MaxPartsPerBatch} are accepted in one $batch.", null);
        }

        return requests;
    }

    /// <summary>OData's own checks answer in plain text; these answer in OData's JSON error format first.</summary>
    public override async Task<bool> ValidateRequest(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ContentLength > MessageQuotas.MaxReceivedMessageSize)
        {
            await ODataErrors.WriteAsync(request.HttpContext, StatusCodes.Status413PayloadTooLarge, "TooLarge",
                $"A $batch may be at most {MessageQuotas.MaxReceivedMessageSize} bytes.");
            return false;
        }

        var reason = request.ContentType is not { } contentType || !Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(contentType, out var media)
            ? "The $batch request must have a Content-Type: multipart/mixed (with a boundary) or application/json."
            : media.MediaType.Equals("multipart/mixed", StringComparison.OrdinalIgnoreCase)
                ? media.Boundary.Length == 0 ? "A multipart/mixed $batch must name its boundary in the Content-Type header." : null
                : media.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
                    ? null
                    : "The $batch request must be multipart/mixed or application/json.";
        if (reason is not null)
        {
            await ODataErrors.WriteAsync(request.HttpContext, StatusCodes.Status400BadRequest, "InvalidQuery", reason);
            return false;
        }

        return await base.ValidateRequest(request);
    }

    private sealed class MalformedBatchException(string message, Exception? inner) : Exception(message, inner);

    public override async Task<IList<ODataBatchResponseItem>> ExecuteRequestMessagesAsync(
        IEnumerable<ODataBatchRequestItem> requests, RequestDelegate handler)
    {
        ArgumentNullException.ThrowIfNull(requests);
        var responses = new List<ODataBatchResponseItem>();
        foreach (var request in requests)
        {
            var response = request is ChangeSetRequestItem changeSet
                ? await SendAtomicallyAsync(changeSet, handler)
                : await request.SendRequestAsync(handler);
            responses.Add(response);
            // Like OData's default handler, the batch stops at the first failed request or change set.
            if (!Succeeded(response))
            {
                break;
            }
        }

        return responses;
    }

    private static async Task<ODataBatchResponseItem> SendAtomicallyAsync(ChangeSetRequestItem changeSet, RequestDelegate handler)
    {
        var first = changeSet.Contexts.FirstOrDefault();
        if (first is null)
        {
            return await changeSet.SendRequestAsync(handler);
        }

        var db = first.RequestServices.GetRequiredService<AmConnectorDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(first.RequestAborted);
        var response = await changeSet.SendRequestAsync(handler);
        if (Succeeded(response))
        {
            await transaction.CommitAsync(first.RequestAborted);
        }
        else
        {
            await transaction.RollbackAsync(first.RequestAborted);
            // The context is shared by the rest of the batch: forget what the rolled-back requests tracked.
            db.ChangeTracker.Clear();
        }

        return response;
    }

    private static bool Succeeded(ODataBatchResponseItem response) => response switch
    {
        ChangeSetResponseItem changeSet => changeSet.Contexts.All(c => IsSuccess(c.Response.StatusCode)),
        OperationResponseItem operation => IsSuccess(operation.Context.Response.StatusCode),
        _ => false,
    };

    private static bool IsSuccess(int statusCode) => statusCode is >= 200 and < 300;
}

using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.Retry;

namespace AmConnector.HostSystems;

/// <summary>
/// Which host calls may be sent again without asking. A POST whose answer was lost may have created
/// a record; sending it again creates a second one, unless the host can recognise it by its
/// <c>Idempotency-Key</c>. So unsafe methods are repeated only when they carry that header.
/// </summary>
internal static class HostQmsRetryPolicy
{
    /// <summary>The standard handler's retry predicate, narrowed to requests that may be repeated.</summary>
    public static ValueTask<bool> ShouldRetry(RetryPredicateArguments<HttpResponseMessage> args)
    {
        var request = args.Outcome.Result?.RequestMessage ?? args.Context.GetRequestMessage();
        return ValueTask.FromResult(MayRepeat(request) && HttpClientResiliencePredicates.IsTransient(args.Outcome));
    }

    /// <summary>True for safe methods (RFC 9110 §9.2.1) and for any request that carries an Idempotency-Key.</summary>
    public static bool MayRepeat(HttpRequestMessage? request) =>
        request is not null &&
        (IsSafe(request.Method) || (request.Headers.TryGetValues(HostQmsHeaders.IdempotencyKey, out var keys) && keys.Any(k => !string.IsNullOrWhiteSpace(k))));

    private static bool IsSafe(HttpMethod method) =>
        method == HttpMethod.Get || method == HttpMethod.Head || method == HttpMethod.Options || method == HttpMethod.Trace;
}

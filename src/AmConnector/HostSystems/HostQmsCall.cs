using System.Net;
using Refit;

namespace AmConnector.HostSystems;

/// <summary>
/// Sorts the answer of one host call into an outcome. Down, slow or busy (5xx, 408, 429, timeout,
/// connection refused, no token, a success whose body was lost) is worth another try later; any other 4xx is a refusal that
/// another try would only repeat, and keeps the host's problem details for a person to read.
/// </summary>
internal static class HostQmsCall
{
    private const int MaxErrorLength = 3500;

    public static async Task<HostQmsOutcome> SendAsync<T>(
        Func<Task<IApiResponse<T>>> call, Func<T, (string? Reference, string? Status)> read, TimeProvider clock, CancellationToken cancellationToken)
        where T : class
    {
        IApiResponse<T> response;
        try
        {
            response = await call();
        }
        catch (Exception ex) when (IsTransient(ex, cancellationToken))
        {
            return new HostQmsOutcome.Retry(Describe(ex));
        }

        using (response)
        {
            if (response.HasRequestError(out var requestError))
            {
                if (!IsTransient(requestError.InnerException ?? requestError, cancellationToken))
                {
                    throw requestError;
                }

                return new HostQmsOutcome.Retry(Describe(requestError.InnerException ?? requestError));
            }

            var status = response.StatusCode is { } code ? (int)code : 0;
            var problem = response.HasResponseError(out var apiError) ? apiError.Content : null;
            if (response.IsSuccessStatusCode)
            {
                var (reference, state) = response.IsSuccessful && response.Content is { } content ? read(content) : (null, null);
                // A success without a readable reference is an answer cut short on the way (or a host
                // out of contract): asking again with the same key returns the record, so try again later.
                return string.IsNullOrWhiteSpace(reference)
                    ? new HostQmsOutcome.Retry(Truncate($"{status}: the answer has no readable reference. {problem}".TrimEnd()))
                    : new HostQmsOutcome.Done(reference, state ?? "");
            }

            var error = Truncate($"{status} {response.ReasonPhrase}: {problem}".TrimEnd(' ', ':'));
            return status is (int)HttpStatusCode.RequestTimeout or (int)HttpStatusCode.TooManyRequests or >= 500
                ? new HostQmsOutcome.Retry(error, RetryAfter(response, clock))
                : new HostQmsOutcome.Failed(error);
        }
    }

    private static bool IsTransient(Exception ex, CancellationToken cancellationToken) => ex switch
    {
        HttpRequestException or HostQmsTokenException => true,
        // Polly's rejections (attempt or call timed out, circuit open, too many concurrent calls), named
        // by their base type: Polly 7 (through OpenIddict) and Polly 8 both define these type names.
        _ when IsPollyRejection(ex) => true,
        ApiRequestException request => request.InnerException is null || IsTransient(request.InnerException, cancellationToken),
        // A timeout of HttpClient itself; the worker's own shutdown is not a failure of the host.
        OperationCanceledException => !cancellationToken.IsCancellationRequested,
        _ => false,
    };

    private static bool IsPollyRejection(Exception ex)
    {
        for (var type = ex.GetType(); type is not null; type = type.BaseType)
        {
            if (type.FullName == "Polly.ExecutionRejectedException")
            {
                return true;
            }
        }

        return false;
    }

    private static string Describe(Exception ex) => Truncate($"{ex.GetType().Name}: {ex.Message}");

    private static DateTimeOffset? RetryAfter(IApiResponse response, TimeProvider clock) => response.Headers?.RetryAfter switch
    {
        { Delta: { } delta } => clock.GetUtcNow() + delta,
        { Date: { } date } => date,
        _ => null,
    };

    private static string Truncate(string text) => text.Length <= MaxErrorLength ? text : text[..MaxErrorLength] + "…";
}

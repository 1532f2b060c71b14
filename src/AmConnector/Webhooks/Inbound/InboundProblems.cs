using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AmConnector.Webhooks.Inbound;

/// <summary>RFC 9457 answers of the receiver; field errors in the <c>errors</c> member, keyed by JSON pointer.</summary>
internal static class InboundProblems
{
    public static ProblemHttpResult Status(int status, string title, string detail) =>
        TypedResults.Problem(statusCode: status, title: title, detail: detail);

    /// <summary>
    /// 401 with the challenge RFC 9110 requires: the scheme here is the Standard Webhooks signature,
    /// named so a supplier's developer knows what to send.
    /// </summary>
    public static IResult Unauthorized(HttpResponse response, string title, string detail)
    {
        response.Headers.WWWAuthenticate = "StandardWebhooks realm=\"AmConnector supplier events\"";
        return Status(StatusCodes.Status401Unauthorized, title, detail);
    }

    public static ProblemHttpResult Fields(int status, string title, IEnumerable<(string Path, string Message)> errors) =>
        TypedResults.Problem(new HttpValidationProblemDetails(errors
            .GroupBy(e => e.Path.Length == 0 ? "body" : e.Path, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray(), StringComparer.Ordinal))
        {
            Status = status,
            Title = title,
        });
}

using System.Globalization;
using AmConnector.OData;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace AmConnector.Signatures;

/// <summary>
/// How a signed action answers the gate. Who may sign is an authentication matter, so 401 and 403
/// are RFC 9457 problem details with a <c>WWW-Authenticate</c> hint, like every other 401/403;
/// refusals about the content (400, 409) are OData errors, like the lifecycle's own.
/// </summary>
internal static class SignatureResults
{
    /// <summary>The header naming the meanings a pending action still needs, e.g. <c>Approval</c>.</summary>
    public const string PendingHeader = "AmConnector-Signatures-Pending";

    public static IActionResult Refusal(SignatureDecision decision, SignatureOptions options) => decision.Result switch
    {
        SignatureDecision.Kind.NotAPerson => new Problem(StatusCodes.Status403Forbidden, "A person must sign", decision,
            "Bearer error=\"insufficient_user_authentication\", error_description=\"A person must sign: a client token cannot\""),
        SignatureDecision.Kind.ReauthenticationRequired => new Problem(StatusCodes.Status401Unauthorized, "Re-authenticate to sign", decision,
            // RFC 9470 §3: the client re-authenticates the person with max_age (or prompt=login) and retries.
            string.Create(CultureInfo.InvariantCulture,
                $"Bearer error=\"insufficient_user_authentication\", error_description=\"A more recent sign-in is required to sign\", max_age={(int)options.ReauthenticationWindow.TotalSeconds}")),
        SignatureDecision.Kind.Conflict => ODataErrors.Result(StatusCodes.Status409Conflict, "SignatureRefused", decision.Message!, [new(decision.Field!, decision.Message!)]),
        _ => ODataErrors.Validation([new(decision.Field!, decision.Message!)]),
    };

    /// <summary>202: signed, not yet in effect; the record as it stands, and the meanings still missing.</summary>
    public static IActionResult Pending(HttpResponse response, SignatureDecision decision, object record)
    {
        response.Headers[PendingHeader] = string.Join(", ", decision.Missing);
        return new ObjectResult(record) { StatusCode = StatusCodes.Status202Accepted };
    }

    private sealed class Problem(int status, string title, SignatureDecision decision, string challenge) : IActionResult
    {
        public async Task ExecuteResultAsync(ActionContext context)
        {
            var http = context.HttpContext;
            http.Response.StatusCode = status;
            http.Response.Headers.WWWAuthenticate = challenge;
            var details = new ProblemDetails { Status = status, Title = title, Detail = decision.Message };
            details.Extensions["errors"] = new[] { new { field = decision.Field, reason = decision.Message } };
            await http.RequestServices.GetRequiredService<IProblemDetailsService>()
                .WriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = details });
        }
    }
}

using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AmConnector.Security.SignIn;

/// <summary>The sign-in and sign-out forms post back with an antiforgery token; anything else is refused the same way.</summary>
internal static class FormCheck
{
    /// <summary>A 400 problem naming the <paramref name="form"/> when the post is not that form with a valid token, else null.</summary>
    public static async Task<ProblemHttpResult?> RefusalAsync(HttpContext context, IAntiforgery antiforgery, string form) =>
        context.Request.HasFormContentType && await antiforgery.IsRequestValidAsync(context)
            ? null
            : TypedResults.Problem(
                statusCode: StatusCodes.Status400BadRequest,
                title: $"The {form} form is missing or has expired.",
                detail: $"Open the {form} page again and submit its form.");
}

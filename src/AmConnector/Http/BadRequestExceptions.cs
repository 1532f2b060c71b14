using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace AmConnector.Http;

/// <summary>
/// Exceptions that mean "the request is malformed", not "the server failed": ASP.NET Core's bad
/// request (JSON body, parameter binding, body size), form limits, bytes that are not UTF-8, OData's
/// parser and a $filter EF cannot run. Found by the hostile-input cases (issue #10 item 7), where each
/// was a 500; mapped here to the 4xx problem detail the caller can act on.
/// </summary>
internal static class BadRequestExceptions
{
    public static ProblemDetails? Problem(Exception exception, HttpContext context) => exception switch
    {
        BadHttpRequestException bad => New(bad.StatusCode, bad.StatusCode == StatusCodes.Status413PayloadTooLarge ? "The request body is too large." : "The request is malformed.", bad.Message),
        InvalidDataException form => New(StatusCodes.Status400BadRequest, "The form is malformed or over its limits.", form.Message),
        DecoderFallbackException => New(StatusCodes.Status400BadRequest, "The body is not UTF-8.", "Send JSON as UTF-8 (RFC 8259)."),
        Microsoft.OData.ODataException odata => New(StatusCodes.Status400BadRequest, "The OData request is invalid.", odata.Message),
        InvalidOperationException json when ThrownByJsonReader(json) =>
            New(StatusCodes.Status400BadRequest, "The JSON is not valid text.", json.Message),
        InvalidOperationException query when IsUntranslatableQuery(query) && IsOData(context) =>
            New(StatusCodes.Status400BadRequest, "The query cannot run in the database.", "The query uses an expression AmConnector cannot run in the database; simplify $filter or $orderby."),
        _ => null,
    };

    /// <summary>System.Text.Json refusing to unescape a string (an escaped lone surrogate, \uD800): its reader accepted the token, GetString throws.</summary>
    private static bool ThrownByJsonReader(InvalidOperationException exception) =>
        exception.TargetSite?.DeclaringType?.Namespace?.StartsWith("System.Text.Json", StringComparison.Ordinal) == true ||
        (exception.StackTrace ?? "").TrimStart().StartsWith("at System.Text.Json.", StringComparison.Ordinal);

    /// <summary>EF Core's refusal of a LINQ expression it cannot translate (e.g. matchesPattern in a $filter).</summary>
    public static bool IsUntranslatableQuery(InvalidOperationException exception) =>
        exception.Message.Contains("could not be translated", StringComparison.Ordinal);

    private static bool IsOData(HttpContext context) =>
        context.Request.Path.Value?.Contains("/odata", StringComparison.OrdinalIgnoreCase) == true;

    private static ProblemDetails New(int status, string title, string detail) => new() { Status = status, Title = title, Detail = detail };
}

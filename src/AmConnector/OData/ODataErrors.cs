using AmConnector.Common;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.OData;

namespace AmConnector.OData;

/// <summary>
/// Errors in OData's own JSON error format (<c>{"error":{"code","message","details":[{"target"}]}}</c>),
/// which is what OData clients (Power Query, Simple.OData.Client, SAP) parse. Codes are stable words.
/// </summary>
internal static class ODataErrors
{
    public static ObjectResult Validation(IReadOnlyCollection<FieldError> errors) => Result(
        StatusCodes.Status400BadRequest,
        "ValidationFailed",
        errors.Count == 1 ? $"{errors.First().Field}: {errors.First().Message}" : $"{errors.Count} fields are invalid; see details.",
        errors);

    public static ObjectResult InvalidQuery(string reason) =>
        Result(StatusCodes.Status400BadRequest, "InvalidQuery", reason);

    public static ObjectResult NotFound(string entitySet, Guid key) =>
        Result(StatusCodes.Status404NotFound, "NotFound", $"{entitySet}({key}) does not exist.");

    public static ObjectResult DeleteRefused(string entitySet) => Result(
        StatusCodes.Status405MethodNotAllowed,
        "DeleteRefused",
        $"DELETE is not supported on {entitySet}: GMP records are retired by status, never erased, so their history stays complete.");

    public static ObjectResult PreconditionRequired() => Result(
        StatusCodes.Status428PreconditionRequired,
        "PreconditionRequired",
        "Send If-Match with the record's @odata.etag (or *), so that a change made since you read it is not overwritten.");

    public static ObjectResult PreconditionFailed(string entitySet, Guid key) => Result(
        StatusCodes.Status412PreconditionFailed,
        "PreconditionFailed",
        $"{entitySet}({key}) was changed since the ETag you sent; read it again and reapply your change.");

    public static ObjectResult Conflict(string message) => Result(StatusCodes.Status409Conflict, "Conflict", message);

    public static ObjectResult Forbidden(string message) => Result(StatusCodes.Status403Forbidden, "Forbidden", message);

    public static ObjectResult Result(int status, string code, string message, IEnumerable<FieldError>? details = null)
    {
        var error = new ODataError
        {
            Code = code,
            Message = message,
            Details = details?.Select(d => new ODataErrorDetail { Code = code, Target = d.Field, Message = d.Message }).ToList(),
        };
        return new ObjectResult(error) { StatusCode = status };
    }

    /// <summary>The same OData error JSON, written outside MVC (the $batch middleware).</summary>
    public static Task WriteAsync(HttpContext context, int status, string code, string message)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; odata.metadata=minimal";
        return System.Text.Json.JsonSerializer.SerializeAsync(context.Response.Body, new { error = new { code, message } });
    }
}

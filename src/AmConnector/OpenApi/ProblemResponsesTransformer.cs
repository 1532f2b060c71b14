using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace AmConnector.OpenApi;

/// <summary>
/// Every operation can answer with an RFC 9457 problem (400 with the fields at fault, 401, 403, 404,
/// 409, 413, 422, 429); the document says so once, as each operation's default response.
/// </summary>
internal sealed class ProblemResponsesTransformer : IOpenApiOperationTransformer
{
    private static readonly OpenApiSchema Problem = new()
    {
        Type = JsonSchemaType.Object,
        Description = "RFC 9457 problem details; a 400 lists each field at fault under errors.",
        Properties = new Dictionary<string, IOpenApiSchema>
        {
            ["type"] = new OpenApiSchema { Type = JsonSchemaType.String },
            ["title"] = new OpenApiSchema { Type = JsonSchemaType.String },
            ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer },
            ["detail"] = new OpenApiSchema { Type = JsonSchemaType.String },
            ["errors"] = new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String } },
            },
        },
    };

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        operation.Responses ??= new OpenApiResponses();
        operation.Responses.TryAdd("default", new OpenApiResponse
        {
            Description = "A problem: bad input, missing or insufficient credentials, not found, conflict, rate limit.",
            Content = new Dictionary<string, OpenApiMediaType> { ["application/problem+json"] = new OpenApiMediaType { Schema = Problem } },
        });
        return Task.CompletedTask;
    }
}

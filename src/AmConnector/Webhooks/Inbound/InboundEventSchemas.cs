using System.Collections.Frozen;
using System.Text.Json;
using Json.Schema;

namespace AmConnector.Webhooks.Inbound;

/// <summary>
/// The JSON Schemas of the inbound types, from <c>contracts/events/</c> (embedded at build), loaded
/// once. A payload is checked against its type's schema before any business code sees it, and
/// every violation is reported with its JSON path, so a supplier's developer can fix all at once.
/// </summary>
internal sealed class InboundEventSchemas
{
    private static readonly EvaluationOptions Evaluation = new() { RequireFormatValidation = true, OutputFormat = OutputFormat.List };

    private readonly FrozenDictionary<string, JsonSchema> schemas;

    public InboundEventSchemas()
    {
        var assembly = typeof(InboundEventSchemas).Assembly;
        schemas = InboundEventTypes.All.ToFrozenDictionary(type => type, type =>
        {
            using var stream = assembly.GetManifestResourceStream($"events/{type}.schema.json")
                ?? throw new InvalidOperationException($"The schema of {type} is not embedded; see AmConnector.csproj.");
            using var reader = new StreamReader(stream);
            // Each schema in its own registry: the library refuses to register one $id twice.
            return JsonSchema.FromText(reader.ReadToEnd(), new BuildOptions { SchemaRegistry = new SchemaRegistry() });
        });
    }

    public bool IsKnown(string type) => schemas.ContainsKey(type);

    /// <summary>Each violation as (JSON pointer into <c>data</c>, message); empty when valid.</summary>
    public IReadOnlyList<(string Path, string Message)> Violations(string type, JsonElement data)
    {
        var result = schemas[type].Evaluate(data, Evaluation);
        if (result.IsValid)
        {
            return [];
        }

        return (result.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => ("/data" + d.InstanceLocation, e.Value)))
            .Distinct()
            .ToList();
    }
}

using System.Text.Json;
using Json.Schema;

namespace AmConnector.IntegrationTests.Infrastructure;

/// <summary>The event schemas of contracts/events/, for tests that check what AmConnector emits.</summary>
public static class EventSchemas
{
    private static readonly EvaluationOptions Strict = new() { RequireFormatValidation = true, OutputFormat = OutputFormat.List };

    public static string FileOf(string type) => RepositoryRoot.Combine("contracts", "events", type + ".schema.json");

    /// <summary>Each schema in its own registry: the library refuses to register one $id twice.</summary>
    public static JsonSchema Load(string text) => JsonSchema.FromText(text, new BuildOptions { SchemaRegistry = new SchemaRegistry() });

    public static void AssertValid(JsonSchema schema, JsonElement instance, string what)
    {
        var result = schema.Evaluate(instance, Strict);
        Assert.True(result.IsValid, $"{what}: {instance} is not valid: " +
            string.Join("; ", (result.Details ?? []).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
    }

    /// <summary>The event's data is valid against the schema of its type, which must exist.</summary>
    public static void AssertMatches(string type, string data)
    {
        var file = FileOf(type);
        Assert.True(File.Exists(file), $"{type} has no schema in contracts/events/.");
        AssertValid(Load(File.ReadAllText(file)), JsonDocument.Parse(data).RootElement, type);
    }
}

namespace AmConnector.Certificates.Evaluation;

/// <summary>
/// Compares test names, methods and uses as people type them: case, surrounding and repeated
/// whitespace do not matter ("Bacterial  endotoxins" is "bacterial endotoxins").
/// </summary>
internal static class TestKey
{
    public static bool Same(string? a, string? b) =>
        string.Equals(Normalise(a), Normalise(b), StringComparison.OrdinalIgnoreCase);

    private static string Normalise(string? text) =>
        string.Join(' ', (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}

namespace AmConnector.IntegrationTests.Security;

/// <summary>Finds every captured log entry (message, structured values, exception) that holds one of the given secrets.</summary>
public static class SecretScan
{
    public static IReadOnlyList<string> Leaks(IEnumerable<CapturedLogs.Entry> entries, IReadOnlyDictionary<string, string> secrets) =>
        [.. from entry in entries
            from secret in secrets
            where entry.Text.Contains(secret.Value, StringComparison.Ordinal)
            select $"{secret.Key} in [{entry.Level}] {entry.Category}: {entry.Message}"];
}

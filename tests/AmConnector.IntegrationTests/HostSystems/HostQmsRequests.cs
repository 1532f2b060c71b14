using WireMock.Logging;
using WireMock.Server;

namespace AmConnector.IntegrationTests.HostSystems;

/// <summary>What a WireMock host received, read the way the tests ask about it.</summary>
internal static class HostQmsRequests
{
    public static IReadOnlyList<ILogEntry> To(WireMockServer server, string method, string path) =>
        [.. server.LogEntries.Where(e => string.Equals(e.RequestMessage!.Method, method, StringComparison.OrdinalIgnoreCase) && e.RequestMessage!.Path == path)];

    public static string? Header(ILogEntry entry, string name) =>
        entry.RequestMessage!.Headers?.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault();

    public static string Body(ILogEntry entry) => entry.RequestMessage!.Body ?? "";
}

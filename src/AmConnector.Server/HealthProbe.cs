namespace AmConnector.Server;

/// <summary>
/// <c>dotnet AmConnector.Server.dll healthcheck [url]</c>: the container's HEALTHCHECK. The ASP.NET
/// runtime image has no curl or wget, and adding one for a probe would widen the image's attack
/// surface; the server binary asks its own readiness endpoint instead.
/// </summary>
internal static class HealthProbe
{
    public const string Command = "healthcheck";

    public static async Task<int> RunAsync(string[] args)
    {
        var url = args.Length > 1 ? args[1] : "http://127.0.0.1:8080/health/ready";
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        try
        {
            using var response = await http.GetAsync(new Uri(url));
            return response.IsSuccessStatusCode ? 0 : 1;
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
        {
            await Console.Error.WriteLineAsync($"{url}: {exception.Message}");
            return 1;
        }
    }
}

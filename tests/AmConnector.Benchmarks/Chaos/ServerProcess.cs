using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace AmConnector.Benchmarks.Chaos;

/// <summary>
/// The real standalone server (AmConnector.Server.dll) in a process of its own, on a fixed loopback
/// port, with its SQLite file and keys in a fresh folder, so it can be killed with SIGKILL and
/// started again on the same data. Its output goes to <c>server.log</c> in that folder.
/// </summary>
internal sealed class ServerProcess : IAsyncDisposable
{
    private readonly string serverDll;
    private readonly IReadOnlyDictionary<string, string> settings;
    private Process? process;

    public ServerProcess(string serverDll, IReadOnlyDictionary<string, string> extraSettings)
    {
        this.serverDll = Path.GetFullPath(serverDll);
        Folder = Directory.CreateTempSubdirectory("amconnector-chaos-").FullName;
        Address = new Uri($"http://127.0.0.1:{FreePort()}");
        settings = new Dictionary<string, string>
        {
            // Demo data and the demo clients need Development (the validator refuses them elsewhere).
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["AmConnector__Database__SqliteFile"] = DatabaseFile,
            ["AmConnector__Auth__KeyFolder"] = Path.Combine(Folder, "keys"),
            ["AmConnector__Demo__Seed"] = "true",
            ["AmConnector__Auth__RateLimit__Enabled"] = "false",
            ["AmConnector__Expiry__Enabled"] = "false",
            ["Logging__LogLevel__Default"] = "Warning",
        }.Concat(extraSettings).ToDictionary(p => p.Key, p => p.Value);
    }

    public string Folder { get; }

    public Uri Address { get; }

    public string DatabaseFile => Path.Combine(Folder, "amconnector.db");

    public int Starts { get; private set; }

    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        // exec: the shell becomes the server, so the pid we kill is the server's own.
        var start = new ProcessStartInfo("/bin/sh")
        {
            WorkingDirectory = Path.GetDirectoryName(serverDll)!,
            ArgumentList = { "-c", $"exec dotnet '{serverDll}' --urls {Address.GetLeftPart(UriPartial.Authority)} >> '{Path.Combine(Folder, "server.log")}' 2>&1" },
            UseShellExecute = false,
        };
        foreach (var (name, value) in settings)
        {
            start.Environment[name] = value;
        }

        process = Process.Start(start) ?? throw new InvalidOperationException("The server did not start.");
        Starts++;
        await WaitReadyAsync(cancellationToken);
    }

    /// <summary>kill -9: no shutdown, no flush, no finally block runs in the server.</summary>
    public async Task KillAsync()
    {
        if (process is { HasExited: false })
        {
            process.Kill();
            await process.WaitForExitAsync();
        }

        process?.Dispose();
        process = null;
    }

    /// <summary>SIGTERM, so the host stops as an operator stops it and SQLite checkpoints its WAL.</summary>
    public async Task StopAsync()
    {
        if (process is { HasExited: false })
        {
            using (var term = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await term.WaitForExitAsync();
            }

            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill();
            }
        }

        process?.Dispose();
        process = null;
    }

    private async Task WaitReadyAsync(CancellationToken cancellationToken)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var until = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < until)
        {
            if (process is { HasExited: true })
            {
                throw new InvalidOperationException($"The server exited with {process.ExitCode}; see {Path.Combine(Folder, "server.log")}.");
            }

            try
            {
                using var response = await http.GetAsync(new Uri(Address, "/health/ready"), cancellationToken);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }

            await Task.Delay(100, cancellationToken);
        }

        throw new TimeoutException($"The server was not ready within 90 s; see {Path.Combine(Folder, "server.log")}.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Environment.GetEnvironmentVariable("CHAOS_KEEP") is null)
        {
            Directory.Delete(Folder, recursive: true);
        }
    }
}

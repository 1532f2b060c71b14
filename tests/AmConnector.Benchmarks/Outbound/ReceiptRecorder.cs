using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AmConnector.Benchmarks.Outbound;

/// <summary>
/// A bare Kestrel webhook receiver on loopback that notes, per CloudEvent id, the moment each
/// delivery arrives (<see cref="Stopwatch"/> ticks, the same clock the publisher reads).
/// </summary>
internal sealed class ReceiptRecorder : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentDictionary<string, ConcurrentBag<long>> receipts = new();

    private ReceiptRecorder(WebApplication app) => this.app = app;

    public Uri Address { get; private set; } = null!;

    public static async Task<ReceiptRecorder> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var recorder = new ReceiptRecorder(app);
        app.MapPost("/hook/{n:int}", async (HttpRequest request) =>
        {
            var arrived = Stopwatch.GetTimestamp();
            using var document = await JsonDocument.ParseAsync(request.Body);
            var id = document.RootElement.GetProperty("id").GetString()!;
            recorder.receipts.GetOrAdd(id, _ => []).Add(arrived);
            return Results.NoContent();
        });
        await app.StartAsync();
        recorder.Address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return recorder;
    }

    /// <summary>Waits until <paramref name="count"/> deliveries of the event have arrived, or the timeout passes.</summary>
    public async Task<IReadOnlyCollection<long>> WaitForAsync(string id, int count, TimeSpan timeout)
    {
        var until = Stopwatch.GetTimestamp() + (long)(timeout.TotalSeconds * Stopwatch.Frequency);
        while (Stopwatch.GetTimestamp() < until)
        {
            if (receipts.TryGetValue(id, out var bag) && bag.Count >= count)
            {
                return bag;
            }

            await Task.Delay(1);
        }

        return receipts.TryGetValue(id, out var partial) ? partial : [];
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}

using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AmConnector.Benchmarks.Chaos;

/// <summary>
/// A webhook receiver on loopback that records every receipt (endpoint, webhook-id, CloudEvent id)
/// and answers 204 after a few milliseconds, so deliveries are in flight when the server is killed.
/// </summary>
internal sealed class ChaosReceiver : IAsyncDisposable
{
    private readonly WebApplication app;

    private ChaosReceiver(WebApplication app) => this.app = app;

    public sealed record Receipt(int Endpoint, string WebhookId, string CloudEventId, string Type);

    public ConcurrentQueue<Receipt> Receipts { get; } = new();

    public Uri Address { get; private set; } = null!;

    public static async Task<ChaosReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var receiver = new ChaosReceiver(app);
        app.MapPost("/hook/{n:int}", async (int n, HttpRequest request) =>
        {
            using var document = await JsonDocument.ParseAsync(request.Body);
            var root = document.RootElement;
            await Task.Delay(Random.Shared.Next(5, 40));
            receiver.Receipts.Enqueue(new Receipt(n, request.Headers["webhook-id"].ToString(), root.GetProperty("id").GetString()!, root.GetProperty("type").GetString()!));
            return Results.NoContent();
        });
        await app.StartAsync();
        receiver.Address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return receiver;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}

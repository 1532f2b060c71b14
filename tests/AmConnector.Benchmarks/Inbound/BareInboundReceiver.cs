using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using StandardWebhooks;

namespace AmConnector.Benchmarks.Inbound;

/// <summary>
/// The ceiling for P4: bare Kestrel that verifies the Standard Webhooks signature and inserts the
/// raw body into an inbox table with ADO.NET, on its own SQLite file with the same journal (WAL)
/// and durability as AmConnector's. No CloudEvent parsing, no schema, no business rules, no audit.
/// </summary>
internal sealed class BareInboundReceiver : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly string folder;

    private BareInboundReceiver(WebApplication app, string folder, Uri address)
    {
        this.app = app;
        this.folder = folder;
        Address = address;
    }

    public Uri Address { get; }

    public static async Task<BareInboundReceiver> StartAsync(string secret)
    {
        var folder = Directory.CreateTempSubdirectory("amconnector-bare-").FullName;
        var connectionString = new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder, "bare.db"), Pooling = true }.ToString();
        await using (var connection = new SqliteConnection(connectionString))
        {
            await connection.OpenAsync();
            await using var create = connection.CreateCommand();
            create.CommandText = """
                PRAGMA journal_mode=WAL;
                CREATE TABLE Inbox (Id TEXT PRIMARY KEY, WebhookId TEXT NOT NULL UNIQUE, Body TEXT NOT NULL, BodySha256 TEXT NOT NULL, ReceivedAt INTEGER NOT NULL);
                """;
            await create.ExecuteNonQueryAsync();
        }

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var webhook = new StandardWebhook(secret);
        app.MapPost("/events", async (HttpRequest request) =>
        {
            using var reader = new StreamReader(request.Body, Encoding.UTF8);
            var body = await reader.ReadToEndAsync();
            try
            {
                webhook.Verify(body, request.Headers);
            }
            catch (StandardWebhooks.Diagnostics.WebhookVerificationException)
            {
                return Results.StatusCode(StatusCodes.Status401Unauthorized);
            }

            await using var connection = new SqliteConnection(connectionString);
            await connection.OpenAsync();
            await using var insert = connection.CreateCommand();
            insert.CommandText = "INSERT INTO Inbox (Id, WebhookId, Body, BodySha256, ReceivedAt) VALUES ($id, $webhookId, $body, $sha, $at)";
            insert.Parameters.AddWithValue("$id", Guid.CreateVersion7().ToString());
            insert.Parameters.AddWithValue("$webhookId", request.Headers["webhook-id"].ToString());
            insert.Parameters.AddWithValue("$body", body);
            insert.Parameters.AddWithValue("$sha", Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(body))));
            insert.Parameters.AddWithValue("$at", DateTimeOffset.UtcNow.UtcTicks);
            await insert.ExecuteNonQueryAsync();
            return Results.StatusCode(StatusCodes.Status202Accepted);
        });
        await app.StartAsync();
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return new BareInboundReceiver(app, folder, address);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace AmConnector.Benchmarks.Ceiling;

/// <summary>
/// The ceiling for P1–P3: bare Kestrel over the same database file doing the same work by hand
/// (Microsoft.Data.Sqlite readers, Utf8JsonWriter): no OData, no EF Core, no authentication (a
/// bearer token's validation is not part of the ceiling; AmConnector pays it and the ceiling does not).
/// </summary>
internal static class CeilingServer
{
    public static async Task RunAsync(string database, int port)
    {
        var connectionString = new SqliteConnectionStringBuilder { DataSource = Path.GetFullPath(database), Pooling = true, Mode = SqliteOpenMode.ReadOnly }.ToString();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        await using var app = builder.Build();
        var queries = new CeilingQueries(connectionString);

        app.MapGet("/lots/{id:guid}/usability", (Guid id, HttpContext context) => queries.UsabilityAsync(id, context));
        app.MapGet("/lots", (HttpContext context) => queries.LotsPageAsync(context));
        app.MapGet("/released-expiring", (HttpContext context) => queries.ReleasedExpiringAsync(context));

        Console.WriteLine($"Ceiling on http://127.0.0.1:{port} over {database} (pid {Environment.ProcessId})");
        await app.RunAsync();
        SqliteConnection.ClearAllPools();
    }
}

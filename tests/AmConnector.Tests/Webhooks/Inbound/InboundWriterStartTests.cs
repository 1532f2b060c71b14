using System.Text.Json;
using AmConnector.Suppliers;
using AmConnector.Webhooks.Inbound;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace AmConnector.Tests.Webhooks.Inbound;

/// <summary>
/// The inbound writer reads its stored backlog at start (ADR-020). While it cannot, a sender is
/// answered 503 (and retries), not left waiting; the writer keeps trying and does not die.
/// </summary>
public sealed class InboundWriterStartTests
{
    [Fact]
    public async Task While_the_backlog_cannot_be_read_senders_hear_503_and_the_writer_keeps_trying()
    {
        var clock = new FakeTimeProvider();
        var options = Options.Create(new AmConnectorOptions());
        var queue = new InboundCommitQueue(options);
        var database = new UnreachableDatabase();
        using var writer = new InboundBatchWriter(queue, new InboundBacklog(), database, clock, options, NullLogger<InboundBatchWriter>.Instance);
        await writer.StartAsync(CancellationToken.None);

        var answer = queue.SubmitAsync(Submission(), CancellationToken.None);
        // The writer waits 5 s (on its clock) between attempts: move the clock on until the sender is answered.
        for (var turn = 0; turn < 1000 && !answer.IsCompleted; turn++)
        {
            clock.Advance(TimeSpan.FromSeconds(5));
            await Task.Delay(10);
        }

        var refused = Assert.IsAssignableFrom<IStatusCodeHttpResult>(await answer.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Equal(StatusCodes.Status503ServiceUnavailable, refused.StatusCode);
        var attempts = database.Attempts;
        clock.Advance(TimeSpan.FromSeconds(5));
        for (var turn = 0; turn < 1000 && database.Attempts == attempts; turn++)
        {
            await Task.Delay(10);
        }

        Assert.True(database.Attempts > attempts, "The writer stopped trying to read its backlog.");
        await writer.StopAsync(CancellationToken.None);
    }

    private static InboundSubmission Submission()
    {
        var supplier = new Supplier { Code = "NWB", Name = "Northwind Bio" };
        using var data = JsonDocument.Parse("{}");
        var envelope = new CloudEventEnvelope(Guid.NewGuid().ToString(), InboundEventTypes.Test, "urn:test", null, null, data.RootElement.Clone());
        var inbox = new InboundEvent { SupplierId = supplier.Id, SupplierCode = "NWB", WebhookId = "msg_1", CloudEventId = envelope.Id, Type = envelope.Type };
        return new InboundSubmission(supplier, envelope, inbox, reasonHeader: null, activity: null);
    }

    /// <summary>Every scope fails as a database that is down would, and counts the attempts.</summary>
    private sealed class UnreachableDatabase : IServiceScopeFactory
    {
        private int attempts;

        public int Attempts => Volatile.Read(ref attempts);

        public IServiceScope CreateScope()
        {
            Interlocked.Increment(ref attempts);
            throw new InvalidOperationException("The database cannot be reached.");
        }
    }
}

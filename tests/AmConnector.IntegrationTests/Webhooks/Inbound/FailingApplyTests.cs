using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AmConnector.IntegrationTests.Infrastructure;
using AmConnector.Webhooks.Inbound;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AmConnector.IntegrationTests.Webhooks.Inbound;

/// <summary>
/// Acknowledged on store (ADR-020), an event whose apply throws every time is tried
/// <c>MaxApplyAttempts</c> times, waiting longer after each, then recorded as failed with a 500
/// problem; it holds back the events behind it only until then.
/// </summary>
public sealed class FailingApplyTests(FailingApplyTests.Factory factory) : IClassFixture<FailingApplyTests.Factory>
{
    [Fact]
    public async Task An_event_that_cannot_be_applied_is_recorded_failed_after_its_attempts_and_the_next_one_is_applied()
    {
        var secret = await SupplierEvents.CreateSecretAsync(factory, "NWB");
        using var client = factory.CreateAnonymousClient();

        using var failing = await client.SendAsync(SupplierEvents.Post("NWB", secret, SupplierEvents.CloudEvent("am.test", new { message = "boom" })));
        using var next = await client.SendAsync(SupplierEvents.Post("NWB", secret, SupplierEvents.CloudEvent("am.change-notice.published", new
        {
            supplierReference = "AFTER-FAIL-" + Guid.NewGuid().ToString("N")[..8], version = 1, area = "Process", level = "Level1", title = "After a failure",
        })));

        Assert.Equal((HttpStatusCode.Accepted, HttpStatusCode.Accepted), (failing.StatusCode, next.StatusCode));
        var failedId = (await failing.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("inboundEventId").GetGuid();
        var nextId = (await next.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("inboundEventId").GetGuid();
        await using var scope = factory.Scope(out var db);
        var states = await WriterPoll.UntilAsync(
            async () => await db.InboundEvents.AsNoTracking().Where(e => e.Id == failedId || e.Id == nextId).ToDictionaryAsync(e => e.Id),
            rows => rows.Values.All(e => e.State != InboundEventState.Pending));
        Assert.Equal(InboundEventState.Failed, states[failedId].State);
        Assert.Equal(500, states[failedId].OutcomeStatus);
        Assert.Contains("failed 3 times", states[failedId].Outcome, StringComparison.Ordinal);
        Assert.Equal(InboundEventState.Applied, states[nextId].State);
        Assert.Equal(3, factory.Services.GetRequiredService<ThrowingTestHandler.Calls>().Count);
    }

    /// <summary>On store, with <c>am.test</c> handled by a handler that always throws.</summary>
    public sealed class Factory : AmConnectorFactory
    {
        protected override IEnumerable<KeyValuePair<string, string>> Settings =>
            [new("AmConnector:SupplierWebhooks:Acknowledge", "OnStore"), new("AmConnector:SupplierWebhooks:MaxApplyAttempts", "3"),
             new("AmConnector:SupplierWebhooks:ApplyRetryDelay", "00:00:00.050")];

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services =>
            {
                var test = services.Single(d => d.ServiceType == typeof(IInboundEventHandler) && d.ImplementationType?.Name == "TestEventHandler");
                services.Remove(test);
                services.AddSingleton<ThrowingTestHandler.Calls>();
                services.AddScoped<IInboundEventHandler, ThrowingTestHandler>();
            });
        }
    }

    private sealed class ThrowingTestHandler(ThrowingTestHandler.Calls calls) : IInboundEventHandler
    {
        public string Type => InboundEventTypes.Test;

        public Task<InboundResult> HandleAsync(InboundEventContext context, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref calls.Count);
            throw new InvalidOperationException("A handler that cannot apply this event.");
        }

        /// <summary>How often the handler was called; a field, since Interlocked needs one.</summary>
        public sealed class Calls
        {
            public int Count;
        }
    }
}

using System.Diagnostics;
using AmConnector.HostSystems;
using AmConnector.IntegrationTests.HostSystems;
using AmConnector.Telemetry;
using OpenTelemetry;
using OpenTelemetry.Trace;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace AmConnector.IntegrationTests.Telemetry;

/// <summary>
/// A host that runs its own OpenTelemetry SDK adds ours with one call; a host-QMS job is then a
/// span with the call to the host beneath it.
/// </summary>
public sealed class HostQmsTracingTests(HostQmsFactory factory) : IClassFixture<HostQmsFactory>, IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        await factory.ClearJobsAsync();
        factory.Qms.Reset();
        factory.IssueTokens("host-token-tracing", expiresIn: 365 * 24 * 3600);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task An_embedding_hosts_tracer_with_AddAmConnectorInstrumentation_sees_a_host_qms_job_span()
    {
        var spans = new LockedCollection<Activity>();
        using var tracing = Sdk.CreateTracerProviderBuilder()
            .AddAmConnectorInstrumentation()
            .AddInMemoryExporter(spans)
            .Build();
        factory.Qms.Given(Request.Create().WithPath("/change-controls").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(201).WithBodyAsJson(new { reference = "CC-TRACE-1", status = "Open" }));
        var (_, job) = await factory.DecideNoticeAsync("SCN-QMS-TRACED");

        await factory.RunJobsAsync();
        tracing.ForceFlush();

        var span = Assert.Single(spans.Snapshot(), a => a.OperationName == TelemetryTags.HostQmsSpan && Equals(a.GetTagItem(TelemetryTags.JobId), job.Id.ToString("D")));
        Assert.Equal(nameof(HostQmsJobKind.OpenChangeControl), span.GetTagItem(TelemetryTags.JobKind));
        Assert.Equal("done", span.GetTagItem(TelemetryTags.Outcome));
        Assert.Equal(1, span.GetTagItem(TelemetryTags.Attempt));
    }
}

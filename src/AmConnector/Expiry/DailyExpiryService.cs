using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AmConnector.Expiry;

/// <summary>Runs <see cref="ExpiryRun"/> once at start and then every day, on the injected clock.</summary>
internal sealed partial class DailyExpiryService(IServiceScopeFactory scopes, TimeProvider clock, IOptions<AmConnectorOptions> options, ILogger<DailyExpiryService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Expiry.Enabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromDays(1), clock);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var (lots, certificates) = await scope.ServiceProvider.GetRequiredService<ExpiryRun>().RunAsync(stoppingToken);
                LogRun(logger, lots, certificates);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A failed pass is retried the next day; reads already show expiry, so nothing is unsafe meanwhile.
                LogFailed(logger, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Expiry pass: {Lots} lots expired, {Certificates} certificates announced as expiring")]
    private static partial void LogRun(ILogger logger, int lots, int certificates);

    [LoggerMessage(Level = LogLevel.Error, Message = "Expiry pass failed")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}

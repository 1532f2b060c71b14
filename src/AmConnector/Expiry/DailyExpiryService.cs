using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AmConnector.Expiry;

/// <summary>
/// Runs <see cref="ExpiryRun"/> at start and then just after each UTC midnight, on the injected
/// clock, so a lot reads Expired from the first minutes of the day after its expiry date. The
/// usability check and the release gate do not wait for it: they derive expiry from the date.
/// </summary>
internal sealed partial class DailyExpiryService(IServiceScopeFactory scopes, TimeProvider clock, IOptions<AmConnectorOptions> options, ILogger<DailyExpiryService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Expiry.Enabled)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var (lots, certificates) = await scope.ServiceProvider.GetRequiredService<ExpiryRun>().RunAsync(stoppingToken);
                LogRun(logger, lots, certificates);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A failed pass is retried the next day; the usability check and release gate derive expiry themselves meanwhile.
                LogFailed(logger, ex);
            }

            await Task.Delay(UntilNextUtcMidnight(clock.GetUtcNow()), clock, stoppingToken);
        }
    }

    /// <summary>A few seconds past the next UTC midnight, so the new day has begun on every instance's clock.</summary>
    internal static TimeSpan UntilNextUtcMidnight(DateTimeOffset now) =>
        now.UtcDateTime.Date.AddDays(1).AddSeconds(5) - now.UtcDateTime;

    [LoggerMessage(Level = LogLevel.Information, Message = "Expiry pass: {Lots} lots expired, {Certificates} certificates announced as expiring")]
    private static partial void LogRun(ILogger logger, int lots, int certificates);

    [LoggerMessage(Level = LogLevel.Error, Message = "Expiry pass failed")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}

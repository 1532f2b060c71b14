using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AmConnector.Webhooks.Outbound;

/// <summary>
/// Runs the <see cref="WebhookDispatcher"/> for the life of the host: a pass, then a wait until this
/// instance commits an outbox message, the next retry is due, or the poll interval has passed.
/// Stopping mid-pass leaves leases that expire; another instance, or this one restarted, takes over.
/// </summary>
internal sealed partial class WebhookDispatcherService(
    WebhookDispatcher dispatcher, OutboxSignal signal, TimeProvider clock, IOptionsMonitor<WebhookOptions> options, ILogger<WebhookDispatcherService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.CurrentValue.DispatcherEnabled)
        {
            return;
        }

        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            var wait = options.CurrentValue.PollInterval;
            try
            {
                await dispatcher.RunOnceAsync(stoppingToken);
                if (await dispatcher.NextDueInAsync(stoppingToken) is { } due && due < wait)
                {
                    wait = due;
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A database outage: the next pass retries; nothing is lost, the work is in the database.
                LogFailed(logger, ex);
            }

            try
            {
                await signal.WaitAsync(wait, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Webhook dispatch pass failed")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}

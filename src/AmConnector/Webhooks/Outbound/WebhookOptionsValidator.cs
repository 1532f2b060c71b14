using Microsoft.Extensions.Options;

namespace AmConnector.Webhooks.Outbound;

/// <summary>What data annotations cannot say: the allow-list parses, and a lease outlives an attempt.</summary>
internal sealed class WebhookOptionsValidator : IValidateOptions<WebhookOptions>
{
    public ValidateOptionsResult Validate(string? name, WebhookOptions options)
    {
        var failures = new List<string>();
        foreach (var entry in options.AllowedPrivateHosts)
        {
            if (!WebhookAllowList.TryParseEntry(entry, out _))
            {
                failures.Add($"AmConnector:Webhooks:AllowedPrivateHosts: '{entry}' is not a host name, IP address or CIDR range.");
            }
        }

        // Otherwise a slow receiver's delivery could be claimed by a second instance while the first still sends it.
        if (options.LeaseDuration <= options.Timeout * 2)
        {
            failures.Add("AmConnector:Webhooks:LeaseDuration must be more than twice the Timeout.");
        }

        if (options.RetrySchedule?.Any(t => t < TimeSpan.FromSeconds(1)) == true)
        {
            failures.Add("AmConnector:Webhooks:RetrySchedule: every wait is at least one second.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}

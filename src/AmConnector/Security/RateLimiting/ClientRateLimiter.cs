using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace AmConnector.Security.RateLimiting;

/// <summary>
/// One token bucket per client. Checked after authentication, so the partition is the verified
/// client id (or API key), never a value the caller could forge to drain someone else's bucket.
/// </summary>
internal sealed class ClientRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string>? _limiter;

    public ClientRateLimiter(IOptions<AmConnectorOptions> options)
    {
        var settings = options.Value.Auth.RateLimit;
        if (!settings.Enabled)
        {
            return;
        }

        _limiter = PartitionedRateLimiter.Create<string, string>(client => RateLimitPartition.GetTokenBucketLimiter(client, _ =>
            new TokenBucketRateLimiterOptions
            {
                TokenLimit = settings.TokenLimit,
                TokensPerPeriod = settings.TokensPerPeriod,
                ReplenishmentPeriod = settings.ReplenishmentPeriod,
                QueueLimit = 0,
                AutoReplenishment = true,
            }));
    }

    /// <summary>Takes one token from the client's bucket; when it is empty, says how long until the next one.</summary>
    public bool TryAcquire(string client, out TimeSpan retryAfter)
    {
        retryAfter = TimeSpan.Zero;
        if (_limiter is null)
        {
            return true;
        }

        using var lease = _limiter.AttemptAcquire(client);
        if (lease.IsAcquired)
        {
            return true;
        }

        retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromSeconds(1);
        return false;
    }

    public void Dispose() => _limiter?.Dispose();
}

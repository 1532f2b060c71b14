using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace AmConnector.Security.SignIn;

/// <summary>
/// Counts consecutive failed logins per user name (case-insensitive), known or not, so a lockout
/// says nothing about which names exist. Kept in memory: each instance counts its own attempts and a
/// restart forgets them; behind several instances the effective limit is per instance (ADR-007).
/// </summary>
internal sealed class LoginLockout(IOptions<AmConnectorOptions> options, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, Attempts> _attempts = new(StringComparer.OrdinalIgnoreCase);

    private LockoutOptions Settings => options.Value.Auth.Lockout;

    /// <summary>Until when <paramref name="username"/> is locked, or null.</summary>
    public DateTimeOffset? LockedUntil(string username) =>
        _attempts.TryGetValue(username, out var attempts) && attempts.LockedUntil is { } until && until > clock.GetUtcNow() ? until : null;

    /// <summary>Records a failure; returns when the name is now locked until, or null.</summary>
    public DateTimeOffset? Failed(string username)
    {
        if (Settings.MaxFailedAttempts == 0)
        {
            return null;
        }

        var now = clock.GetUtcNow();
        var updated = _attempts.AddOrUpdate(
            username,
            _ => Next(new Attempts(0, null), now),
            (_, current) => Next(current.LockedUntil is { } until && until <= now ? new Attempts(0, null) : current, now));
        return updated.LockedUntil;
    }

    public void Succeeded(string username) => _attempts.TryRemove(username, out _);

    private Attempts Next(Attempts current, DateTimeOffset now)
    {
        var failures = current.Failures + 1;
        return failures >= Settings.MaxFailedAttempts ? new Attempts(0, now + Settings.Duration) : new Attempts(failures, current.LockedUntil);
    }

    private sealed record Attempts(int Failures, DateTimeOffset? LockedUntil);
}

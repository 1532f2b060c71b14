using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;

namespace AmConnector.Security.ValidatedTokens;

/// <summary>
/// Bearer tokens already validated, with the ticket their validation produced, until the token
/// expires or for at most <see cref="MaxAge"/>. Bounded: past <see cref="Capacity"/> tokens it
/// starts again empty, which costs one validation per live token.
/// </summary>
internal sealed class ValidatedTokenCache(TimeProvider clock)
{
    public const int Capacity = 10_000;

    /// <summary>How long a changed signing key (an external authority's JWKS refresh) can go unnoticed for a token already seen.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(5);

    private readonly ConcurrentDictionary<string, (AuthenticationTicket Ticket, DateTimeOffset Until)> entries = new(StringComparer.Ordinal);
    private int count;

    /// <summary>A copy of the ticket, so that nothing a request does to its principal reaches the next one.</summary>
    public bool TryGet(string token, out AuthenticationTicket ticket)
    {
        ticket = null!;
        if (!entries.TryGetValue(token, out var entry))
        {
            return false;
        }

        if (entry.Until <= clock.GetUtcNow())
        {
            if (entries.TryRemove(token, out _))
            {
                Interlocked.Decrement(ref count);
            }

            return false;
        }

        // ClaimsPrincipal.Clone shares its identities; each is cloned so that its claims are too.
        var principal = new ClaimsPrincipal(entry.Ticket.Principal.Identities.Select(identity => identity.Clone()));
        ticket = new AuthenticationTicket(principal, entry.Ticket.Properties.Clone(), entry.Ticket.AuthenticationScheme);
        return true;
    }

    public void Remember(string token, AuthenticationTicket ticket)
    {
        var now = clock.GetUtcNow();
        if (ExpiresAt(ticket) is not { } expires || expires <= now)
        {
            return;
        }

        if (Interlocked.Increment(ref count) > Capacity)
        {
            entries.Clear();
            Interlocked.Exchange(ref count, 1);
        }

        var until = expires < now + MaxAge ? expires : now + MaxAge;
        if (!entries.TryAdd(token, (ticket, until)))
        {
            Interlocked.Decrement(ref count);
        }
    }

    /// <summary>The validated token's expiry: from the ticket (both OpenIddict and JwtBearer set it), else its <c>exp</c> claim.</summary>
    private static DateTimeOffset? ExpiresAt(AuthenticationTicket ticket) =>
        ticket.Properties.ExpiresUtc
        ?? (long.TryParse(ticket.Principal.FindFirstValue("exp"), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null);
}

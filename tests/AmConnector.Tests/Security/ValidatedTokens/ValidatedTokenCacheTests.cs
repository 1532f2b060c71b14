using System.Security.Claims;
using AmConnector.Security.ValidatedTokens;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Time.Testing;

namespace AmConnector.Tests.Security.ValidatedTokens;

public sealed class ValidatedTokenCacheTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 28, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public void A_remembered_token_is_known_until_it_expires_and_not_after()
    {
        var cache = new ValidatedTokenCache(_clock);
        cache.Remember("token-a", Ticket(expires: _clock.GetUtcNow().AddMinutes(2)));

        Assert.True(cache.TryGet("token-a", out var ticket));
        Assert.Equal("lims-demo", ticket.Principal.FindFirstValue("client_id"));

        _clock.Advance(TimeSpan.FromMinutes(2));
        Assert.False(cache.TryGet("token-a", out _));
    }

    [Fact]
    public void A_long_lived_token_is_validated_again_after_at_most_five_minutes()
    {
        var cache = new ValidatedTokenCache(_clock);
        cache.Remember("token-a", Ticket(expires: _clock.GetUtcNow().AddHours(8)));

        _clock.Advance(ValidatedTokenCache.MaxAge - TimeSpan.FromSeconds(1));
        Assert.True(cache.TryGet("token-a", out _));
        _clock.Advance(TimeSpan.FromSeconds(1));
        Assert.False(cache.TryGet("token-a", out _));
    }

    [Fact]
    public void The_expiry_comes_from_the_exp_claim_when_the_ticket_has_none_and_without_either_nothing_is_kept()
    {
        var cache = new ValidatedTokenCache(_clock);
        var exp = _clock.GetUtcNow().AddMinutes(1).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        cache.Remember("with-exp", Ticket(expires: null, new Claim("exp", exp)));
        cache.Remember("without", Ticket(expires: null));
        cache.Remember("already-expired", Ticket(expires: _clock.GetUtcNow().AddSeconds(-1)));

        Assert.True(cache.TryGet("with-exp", out _));
        Assert.False(cache.TryGet("without", out _));
        Assert.False(cache.TryGet("already-expired", out _));
        _clock.Advance(TimeSpan.FromMinutes(1));
        Assert.False(cache.TryGet("with-exp", out _));
    }

    [Fact]
    public void Each_request_gets_its_own_copy_of_the_principal()
    {
        var cache = new ValidatedTokenCache(_clock);
        cache.Remember("token-a", Ticket(expires: _clock.GetUtcNow().AddMinutes(5)));

        Assert.True(cache.TryGet("token-a", out var first));
        ((ClaimsIdentity)first.Principal.Identity!).AddClaim(new Claim("scope", "clients.manage"));
        first.Properties.Items["changed"] = "yes";

        Assert.True(cache.TryGet("token-a", out var second));
        Assert.False(second.Principal.HasClaim("scope", "clients.manage"));
        Assert.False(second.Properties.Items.ContainsKey("changed"));
    }

    [Fact]
    public void Past_its_capacity_the_cache_starts_again_empty_and_keeps_the_newest()
    {
        var cache = new ValidatedTokenCache(_clock);
        for (var i = 0; i < ValidatedTokenCache.Capacity; i++)
        {
            cache.Remember($"token-{i}", Ticket(expires: _clock.GetUtcNow().AddMinutes(5)));
        }

        Assert.True(cache.TryGet("token-0", out _));
        cache.Remember("one-more", Ticket(expires: _clock.GetUtcNow().AddMinutes(5)));

        Assert.False(cache.TryGet("token-0", out _));
        Assert.True(cache.TryGet("one-more", out _));
    }

    private static AuthenticationTicket Ticket(DateTimeOffset? expires, params Claim[] extra)
    {
        var identity = new ClaimsIdentity([new Claim("client_id", "lims-demo"), new Claim("scope", "am.read"), .. extra], "Bearer");
        return new AuthenticationTicket(new ClaimsPrincipal(identity), new AuthenticationProperties { ExpiresUtc = expires }, "OpenIddict.Validation.AspNetCore");
    }
}

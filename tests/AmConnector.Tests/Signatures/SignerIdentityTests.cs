using System.Security.Claims;
using AmConnector.Signatures;

namespace AmConnector.Tests.Signatures;

/// <summary>How a person's token is told from a client's, whatever issued it (ADR signatures).</summary>
public sealed class SignerIdentityTests
{
    private static readonly SignatureOptions Defaults = new();

    [Fact]
    public void Read_PersonWithSubNameAndAuthTime_IsTheSigner()
    {
        var signer = SignerIdentity.Read(Principal(("sub", "qa.approver"), ("client_id", "qa-app"), ("name", "QA approver"), ("auth_time", "1700000000")), Defaults);

        Assert.NotNull(signer);
        Assert.Equal(("qa.approver", "QA approver", "qa-app"), (signer.Subject, signer.Name, signer.ClientId));
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1700000000), signer.AuthenticatedAt);
    }

    [Theory]
    [InlineData("client_id")]
    [InlineData("azp")]
    [InlineData("appid")]
    public void Read_SubjectEqualToTheClientId_IsNotAPerson(string clientClaim) =>
        Assert.Null(SignerIdentity.Read(Principal(("sub", "t-qa"), (clientClaim, "t-qa"), ("auth_time", "1700000000")), Defaults));

    [Fact]
    public void Read_EntraAppToken_IsNotAPerson() =>
        Assert.Null(SignerIdentity.Read(Principal(("sub", "oid-1"), ("azp", "app-1"), ("idtyp", "app"), ("auth_time", "1700000000")), Defaults));

    [Fact]
    public void Read_NoAuthTime_IsNotAPerson() =>
        Assert.Null(SignerIdentity.Read(Principal(("sub", "alice"), ("azp", "spa")), Defaults));

    [Fact]
    public void Read_NoSubject_IsNotAPerson() =>
        Assert.Null(SignerIdentity.Read(Principal(("azp", "spa"), ("auth_time", "1700000000")), Defaults));

    [Fact]
    public void Read_Anonymous_IsNotAPerson() =>
        Assert.Null(SignerIdentity.Read(new ClaimsPrincipal(new ClaimsIdentity()), Defaults));

    [Fact]
    public void Read_ConfiguredPersonClaimMissingOrDifferent_IsNotAPerson()
    {
        var options = new SignatureOptions { PersonClaim = "idtyp", PersonClaimValue = "user" };

        Assert.Null(SignerIdentity.Read(Principal(("sub", "alice"), ("azp", "spa"), ("auth_time", "1700000000")), options));
        Assert.Null(SignerIdentity.Read(Principal(("sub", "alice"), ("azp", "spa"), ("auth_time", "1700000000"), ("idtyp", "device")), options));
        Assert.NotNull(SignerIdentity.Read(Principal(("sub", "alice"), ("azp", "spa"), ("auth_time", "1700000000"), ("idtyp", "user")), options));
    }

    [Fact]
    public void Read_NoNameClaim_PrintsPreferredUsernameElseSubject()
    {
        Assert.Equal("alice@x", SignerIdentity.Read(Principal(("sub", "s-1"), ("preferred_username", "alice@x"), ("auth_time", "1")), Defaults)!.Name);
        Assert.Equal("s-1", SignerIdentity.Read(Principal(("sub", "s-1"), ("auth_time", "1")), Defaults)!.Name);
    }

    private static ClaimsPrincipal Principal(params (string Type, string Value)[] claims) =>
        new(new ClaimsIdentity(claims.Select(c => new Claim(c.Type, c.Value)), "Bearer"));
}

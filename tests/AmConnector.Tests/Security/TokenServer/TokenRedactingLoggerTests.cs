using AmConnector.Security.TokenServer;
using OpenIddict.Server;

namespace AmConnector.Tests.Security.TokenServer;

public sealed class TokenRedactingLoggerTests
{
    [Fact]
    public void Redact_TokenRequestWithCodeVerifier_ReplacesTheVerifierAndKeepsTheRest()
    {
        const string message = "The token request was successfully extracted: {\n  \"grant_type\": \"authorization_code\",\n  \"code\": \"[redacted]\",\n  \"code_verifier\": \"-aPO9EYN_bSsCpDWoJUsM2hNY\",\n  \"client_id\": \"qa-app\"\n}.";

        var redacted = TokenRedactingLogger<OpenIddictServerDispatcher>.Redact(message, null);

        Assert.DoesNotContain("-aPO9EYN_bSsCpDWoJUsM2hNY", redacted, StringComparison.Ordinal);
        Assert.Contains("\"code_verifier\": \"[redacted]\"", redacted, StringComparison.Ordinal);
        Assert.Contains("\"client_id\": \"qa-app\"", redacted, StringComparison.Ordinal);
    }

    [Fact]
    public void Redact_ReferenceIdentifierValue_IsReplacedWhereverTheMessageHoldsIt()
    {
        const string reference = "EEo2jrH3hDYby8DAwVPxuXKI1c7hQsACX1Oy7oDhcZE";
        var message = $"The reference identifier ({reference}) was successfully attached to the token entry 'd742' of type 'authorization_code'.";

        var redacted = TokenRedactingLogger<OpenIddictServerDispatcher>.Redact(message, [new("ReferenceId", reference), new("Identifier", "d742")]);

        Assert.Equal("The reference identifier ([redacted]) was successfully attached to the token entry 'd742' of type 'authorization_code'.", redacted);
    }

    [Fact]
    public void Redact_Jwt_IsReplaced()
    {
        var redacted = TokenRedactingLogger<OpenIddictServerDispatcher>.Redact("The token 'eyJhbGciOi.eyJzdWIi.c2lnbmF0dXJl' was validated.", null);

        Assert.Equal("The token '[redacted]' was validated.", redacted);
    }

    [Fact]
    public void Redact_NoCredential_ReturnsTheSameInstance()
    {
        const string message = "The token request was successfully validated.";

        Assert.Same(message, TokenRedactingLogger<OpenIddictServerDispatcher>.Redact(message, [new("Identifier", "abc")]));
    }
}

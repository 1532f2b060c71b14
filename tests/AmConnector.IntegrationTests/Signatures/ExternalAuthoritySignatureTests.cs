using System.Net;
using System.Net.Http.Json;
using AmConnector.IntegrationTests.Infrastructure;
using AmConnector.IntegrationTests.Security;
using Microsoft.EntityFrameworkCore;

namespace AmConnector.IntegrationTests.Signatures;

/// <summary>
/// With an external authority, its people sign the same way: a token with <c>sub</c> and a recent
/// <c>auth_time</c> signs; its client-credentials tokens (<c>sub</c> = <c>azp</c>) do not; an old sign-in gets 401.
/// </summary>
public sealed class ExternalAuthoritySignatureTests(ExternalAuthorityFactory factory) : IClassFixture<ExternalAuthorityFactory>
{
    [Fact]
    public async Task A_person_of_the_external_authority_signs_and_its_client_cannot()
    {
        var material = await MaterialIdAsync("KS-CD3CD28-10");
        using var client = factory.CreateClientWith(factory.Authority.Issue("ext-qa", "am.read notices.assess"));
        using var person = factory.CreateClientWith(factory.Authority.IssueForPerson("alice@site.example", "Alice Example", DateTimeOffset.UtcNow.AddMinutes(-1), "am.read notices.assess"));

        using var byClient = await client.PostAsJsonAsync($"/odata/Materials({material})/AmConnector.OverrideTier", new { tier = 3, reason = "Client attempt." });
        using var byPerson = await person.PostAsJsonAsync($"/odata/Materials({material})/AmConnector.OverrideTier", new { tier = 3, reason = "Bead coating is animal-derived." });

        Assert.Equal(HttpStatusCode.Forbidden, byClient.StatusCode);
        Assert.Equal(HttpStatusCode.OK, byPerson.StatusCode);
        await using var scope = factory.Scope(out var db);
        var signature = await db.Signatures.AsNoTracking().SingleAsync(s => s.EntityKey == material);
        Assert.Equal(("alice@site.example", "Alice Example", "ext-qa-app"), (signature.SignerSubject, signature.SignerName, signature.ClientId));
    }

    [Fact]
    public async Task A_person_of_the_external_authority_who_signed_in_long_ago_gets_a_401_asking_to_re_authenticate()
    {
        var material = await MaterialIdAsync("KS-FN-CH296-2.5");
        using var person = factory.CreateClientWith(factory.Authority.IssueForPerson("bob@site.example", "Bob Example", DateTimeOffset.UtcNow.AddMinutes(-30), "am.read notices.assess"));

        using var response = await person.PostAsJsonAsync($"/odata/Materials({material})/AmConnector.OverrideTier", new { tier = 3, reason = "Stale." });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("insufficient_user_authentication", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    private async Task<Guid> MaterialIdAsync(string catalogueNumber)
    {
        await using var scope = factory.Scope(out var db);
        return await db.Materials.Where(m => m.CatalogueNumber == catalogueNumber).Select(m => m.Id).SingleAsync();
    }
}

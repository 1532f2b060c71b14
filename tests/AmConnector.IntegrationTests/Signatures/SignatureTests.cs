using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using AmConnector.IntegrationTests.Infrastructure;
using AmConnector.Lots;
using Microsoft.EntityFrameworkCore;

namespace AmConnector.IntegrationTests.Signatures;

/// <summary>
/// Electronic signatures by people (21 CFR 11.50, 11.70, 11.200): only a person signs, within the
/// re-authentication window; the signature shows with the record, carries the hash of what was
/// signed, and shows invalid once the record changes. Each test works on its own demo record.
/// </summary>
public sealed class SignatureTests(SignatureFactory factory) : IClassFixture<SignatureFactory>
{
    private const string Approver = "qa.approver";

    [Fact]
    public async Task A_client_token_cannot_sign_a_lot_release_and_gets_a_403_problem_saying_a_person_must_sign()
    {
        using var client = factory.CreateClientFor(TestClients.Qa);
        var lot = await LotAsync("PE-25-0002");

        using var response = await client.PostAsJsonAsync($"/odata/Lots({lot.Id})/AmConnector.Release", new { reason = "CoA reviewed." });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.ReadJsonAsync();
        Assert.Equal("A person must sign", problem.GetProperty("title").GetString());
        Assert.Contains("A person must sign", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("insufficient_user_authentication", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        Assert.Equal(LotStatus.Quarantine, (await LotAsync("PE-25-0002")).Status);
        Assert.Empty(await SignaturesOfAsync(lot.Id));
    }

    [Fact]
    public async Task A_client_token_cannot_sign_a_tier_override()
    {
        using var client = factory.CreateClientFor(TestClients.Qa);
        var material = await MaterialIdAsync("KS-NUC-250KU");

        using var response = await client.PostAsJsonAsync($"/odata/Materials({material})/AmConnector.OverrideTier", new { tier = 4, reason = "Audit finding." });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(await SignaturesOfAsync(material));
    }

    [Fact]
    public async Task A_sign_in_older_than_the_window_gets_a_401_asking_to_re_authenticate_and_a_fresh_one_signs()
    {
        var lot = await LotAsync("PE-25-0002");
        var token = await PersonSignIn.TokenAsync(factory, Approver, Approver + "-password");
        factory.TestClock.Advance(TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(1));
        using var stale = factory.CreateAnonymousClient();
        stale.DefaultRequestHeaders.Authorization = new("Bearer", token);

        using var response = await stale.PostAsJsonAsync($"/odata/Lots({lot.Id})/AmConnector.Release", new { reason = "CoA reviewed." });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var challenge = response.Headers.WwwAuthenticate.ToString();
        Assert.Contains("error=\"insufficient_user_authentication\"", challenge, StringComparison.Ordinal);
        Assert.Contains("max_age=300", challenge, StringComparison.Ordinal);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.ReadJsonAsync();
        Assert.Equal("Re-authenticate to sign", problem.GetProperty("title").GetString());
        Assert.Contains("Sign in again", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(LotStatus.Quarantine, (await LotAsync("PE-25-0002")).Status);
        Assert.Empty(await SignaturesOfAsync(lot.Id));

        // The same person, signed in again: the window starts anew.
        using var fresh = factory.CreateAnonymousClient();
        fresh.DefaultRequestHeaders.Authorization = new("Bearer", await PersonSignIn.TokenAsync(factory, Approver, Approver + "-password"));
        using var again = await fresh.PostAsJsonAsync($"/odata/Materials({await MaterialIdAsync("KS-COLL-GMP-500")})/AmConnector.OverrideTier", new { tier = 2, reason = "Signed after a fresh sign-in." });
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
    }

    [Fact]
    public async Task A_released_lot_shows_its_signature_with_the_signer_meaning_time_and_the_hash_of_the_signed_content()
    {
        using var approver = factory.CreatePersonClient(Approver);
        var lot = await LotAsync("RA-25-007");

        using var release = await approver.PostAsJsonAsync($"/odata/Lots({lot.Id})/AmConnector.Release", new { reason = "CoA and ADCF statement reviewed." });
        Assert.Equal(HttpStatusCode.OK, release.StatusCode);

        using var read = await approver.GetAsync(new Uri($"/odata/Lots({lot.Id})?$expand=Signatures", UriKind.Relative));
        var body = await read.ReadJsonAsync();
        Assert.Equal("Released", body.GetProperty("Status").GetString());
        var signature = Assert.Single(body.GetProperty("Signatures").EnumerateArray());
        Assert.Equal("qa.approver", signature.GetProperty("SignerSubject").GetString());
        Assert.Equal("QA approver (demo)", signature.GetProperty("SignerName").GetString());
        Assert.Equal("Approval", signature.GetProperty("Meaning").GetString());
        Assert.Equal("CoA and ADCF statement reviewed.", signature.GetProperty("Reason").GetString());
        Assert.Equal("Lot", signature.GetProperty("EntityType").GetString());
        Assert.Equal(lot.Id, signature.GetProperty("EntityKey").GetGuid());
        Assert.Equal("Lot.Release", signature.GetProperty("Action").GetString());
        Assert.Equal("Effective", signature.GetProperty("State").GetString());
        Assert.True(signature.GetProperty("IsValid").GetBoolean());
        Assert.Equal(factory.TestClock.GetUtcNow(), signature.GetProperty("SignedAt").GetDateTimeOffset());
        Assert.Equal("qa-app", signature.GetProperty("ClientId").GetString());

        // The hash covers the lot's GMP fields as released, the action and the meaning, in this canonical form.
        var released = await LotAsync("RA-25-007");
        var expected =
            "{\"format\":\"amconnector-signature/1\",\"entityType\":\"Lot\",\"entityKey\":\"" + lot.Id + "\",\"action\":\"Lot.Release\",\"meaning\":\"Approval\",\"fields\":{" +
            $"\"SupplierCode\":\"NWB\",\"CatalogueNumber\":\"NB-RHSA-10\",\"LotNumber\":\"RA-25-007\",\"MaterialId\":\"{released.MaterialId}\"," +
            $"\"ManufacturedOn\":{Json(released.ManufacturedOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))},\"ExpiresOn\":{Json(released.ExpiresOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))}," +
            $"\"RetestOn\":{Json(released.RetestOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))},\"Quantity\":\"20\",\"QuantityUnit\":\"{{bottle}}\"," +
            "\"Status\":\"Released\",\"ReleaseConditions\":null}}";
        Assert.Equal(expected, signature.GetProperty("Content").GetString());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(expected))), signature.GetProperty("ContentHash").GetString());

        // The signature is itself audited, naming the person.
        await using var scope = factory.Scope(out var db);
        var id = signature.GetProperty("Id").GetGuid().ToString();
        var audit = await db.AuditEvents.AsNoTracking().SingleAsync(e => e.EntityType == "Signature" && e.EntityKey == id);
        Assert.Equal("qa.approver", audit.Subject);
        Assert.Equal("CoA and ADCF statement reviewed.", audit.Reason);
    }

    [Fact]
    public async Task Changing_a_signed_field_of_the_record_afterwards_shows_the_signature_invalid_and_other_changes_do_not()
    {
        using var approver = factory.CreatePersonClient(Approver);
        using var qa = factory.CreateClientFor(TestClients.Qa);
        var material = await MaterialIdAsync("NB-CRYO10-100");
        using var signed = await approver.PostAsJsonAsync($"/odata/Materials({material})/AmConnector.OverrideTier", new { tier = 4, reason = "Supplier audit finding." });
        Assert.Equal(HttpStatusCode.OK, signed.StatusCode);

        // A description is not signed content: the signature stays valid.
        await PatchAsync(qa, material, new { Description = "Cryopreservation medium, 10 % DMSO." });
        Assert.True(Assert.Single(await SignaturesOfAsync(material)).GetProperty("IsValid").GetBoolean());

        factory.TestClock.Advance(TimeSpan.FromSeconds(10));
        await PatchAsync(qa, material, new { Name = "DMSO cryomedium (renamed)" });

        var signature = Assert.Single(await SignaturesOfAsync(material));
        Assert.False(signature.GetProperty("IsValid").GetBoolean());
        Assert.Equal(factory.TestClock.GetUtcNow(), signature.GetProperty("InvalidatedAt").GetDateTimeOffset());
        Assert.Equal("The Material changed after signing: Name.", signature.GetProperty("InvalidationReason").GetString());
        using var invalid = await qa.GetAsync(new Uri($"/odata/Signatures?$filter=EntityKey eq {material} and IsValid eq false&$count=true", UriKind.Relative));
        Assert.Equal(1, (await invalid.ReadJsonAsync()).GetProperty("@odata.count").GetInt32());
    }

    [Fact]
    public async Task A_supplier_sees_no_signatures_not_even_on_its_own_records()
    {
        using var approver = factory.CreatePersonClient(Approver);
        var material = await MaterialIdAsync("NB-FBS-500");
        using var signed = await approver.PostAsJsonAsync($"/odata/Materials({material})/AmConnector.OverrideTier", new { tier = 4, reason = "Bovine origin." });
        Assert.Equal(HttpStatusCode.OK, signed.StatusCode);
        using var supplier = factory.CreateClientFor(TestClients.SupplierNwb);

        using var set = await supplier.GetAsync(new Uri("/odata/Signatures", UriKind.Relative));
        using var expanded = await supplier.GetAsync(new Uri($"/odata/Materials({material})?$expand=Signatures", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        Assert.Empty((await set.ReadJsonAsync()).Values());
        Assert.Equal(HttpStatusCode.OK, expanded.StatusCode);
        Assert.Empty((await expanded.ReadJsonAsync()).GetProperty("Signatures").EnumerateArray());
        Assert.NotEmpty(await SignaturesOfAsync(material));
    }

    [Fact]
    public async Task A_meaning_the_policy_does_not_ask_for_is_a_400_naming_meaning()
    {
        using var approver = factory.CreatePersonClient(Approver);
        var material = await MaterialIdAsync("KS-TRYP-R-100");

        using var response = await approver.PostAsJsonAsync($"/odata/Materials({material})/AmConnector.OverrideTier", new { tier = 3, reason = "Review only.", meaning = "Review" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("meaning", Assert.Single((await response.ReadJsonAsync()).ErrorDetails()).Target);
        Assert.Empty(await SignaturesOfAsync(material));
    }

    [Fact]
    public async Task A_signature_cannot_be_posted_with_a_record()
    {
        using var qa = factory.CreateClientFor(TestClients.Qa);
        var lot = await LotAsync("RA-25-007");

        using var response = await qa.PostAsJsonAsync("/odata/Lots", new
        {
            MaterialId = lot.MaterialId,
            LotNumber = "FORGED-1",
            Signatures = new[] { new { SignerSubject = "qa.approver", SignerName = "Forged", Meaning = "Approval", Reason = "x", EntityType = "Lot", Action = "Lot.Release", Content = "", ContentHash = "" } },
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await using var scope = factory.Scope(out var db);
        Assert.False(await db.Signatures.AnyAsync(s => s.SignerName == "Forged"));
    }

    private static string Json(string? value) => value is null ? "null" : $"\"{value}\"";

    private static async Task PatchAsync(HttpClient client, Guid material, object change)
    {
        using var request = new HttpRequestMessage(HttpMethod.Patch, $"/odata/Materials({material})") { Content = JsonContent.Create(change) };
        request.Headers.IfMatch.Add(System.Net.Http.Headers.EntityTagHeaderValue.Any);
        using var response = await client.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    private async Task<IReadOnlyList<JsonElement>> SignaturesOfAsync(Guid key)
    {
        using var qa = factory.CreateClientFor(TestClients.Qa);
        using var response = await qa.GetAsync(new Uri($"/odata/Signatures?$filter=EntityKey eq {key}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.ReadJsonAsync()).Values();
    }

    private async Task<Lot> LotAsync(string lotNumber)
    {
        await using var scope = factory.Scope(out var db);
        return await db.Lots.AsNoTracking().SingleAsync(l => l.LotNumber == lotNumber);
    }

    private async Task<Guid> MaterialIdAsync(string catalogueNumber)
    {
        await using var scope = factory.Scope(out var db);
        return await db.Materials.Where(m => m.CatalogueNumber == catalogueNumber).Select(m => m.Id).SingleAsync();
    }
}

using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.Json;
using AmConnector.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.IdentityModel.Tokens;

namespace AmConnector.IntegrationTests.ScaleOut;

/// <summary>
/// A person's sign-in with every step on the other instance than the one before, as a balancer without
/// session affinity may route it: the antiforgery token, the login cookie (Data Protection, shared key
/// ring) and the authorization code (encrypted with the shared certificate) all cross instances.
/// </summary>
public sealed class PersonSignInAcrossInstancesTests(TwoInstances site) : IClassFixture<TwoInstances>
{
    [Fact]
    public async Task A_person_signs_in_with_each_step_on_the_other_instance()
    {
        var jar = new CookieContainer();
        using var onA = site.A.CreateDefaultClient(AmConnectorFactory.BaseAddress, new CookieContainerHandler(jar));
        using var onB = site.B.CreateDefaultClient(AmConnectorFactory.BaseAddress, new CookieContainerHandler(jar));
        var verifier = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));
        var authorize = PersonSignIn.AuthorizeUri(PersonSignIn.DemoApp, PersonSignIn.DemoRedirectUri, verifier, PersonSignIn.AllScopes, "s1", prompt: "login");

        using var first = await onA.GetAsync(authorize);
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        var form = await PersonSignIn.LoginFormAsync(onB, first.Headers.Location!.OriginalString);
        using var login = await PersonSignIn.PostLoginAsync(onA, form, "qa.reviewer", "qa.reviewer-password");
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        using var second = await onB.GetAsync(login.Headers.Location);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        var code = QueryHelpers.ParseQuery(second.Headers.Location!.Query)["code"].ToString();
        Assert.NotEmpty(code);

        using var redeem = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["code"] = code,
            ["code_verifier"] = verifier,
            ["redirect_uri"] = PersonSignIn.DemoRedirectUri,
            ["client_id"] = PersonSignIn.DemoApp,
        });
        using var token = await onA.PostAsync(new Uri("/connect/token", UriKind.Relative), redeem);
        var body = await token.Content.ReadAsStringAsync();
        Assert.True(token.IsSuccessStatusCode, body);

        using var reader = site.B.CreateAnonymousClient();
        reader.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Bearer", JsonDocument.Parse(body).RootElement.GetProperty("access_token").GetString());
        using var read = await reader.GetAsync(new Uri("/odata/Suppliers?$top=1", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
    }
}

using AmConnector.Security.SignIn;
using AmConnector.Security.TokenServer;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace AmConnector.Security;

/// <summary>Start-up checks of <c>AmConnector:Auth</c>; each failure names the setting to fix.</summary>
internal sealed class AuthOptionsValidator(IHostEnvironment environment) : IValidateOptions<AmConnectorOptions>
{
    public ValidateOptionsResult Validate(string? name, AmConnectorOptions options)
    {
        var failures = new List<string>();
        var auth = options.Auth;
        var production = !TokenKeys.MayGenerateKeys(environment);

        if (production && options.Demo.Seed)
        {
            failures.Add("AmConnector:Demo:Seed is true outside Development: the demo clients' secrets and demo users' passwords are published. Set AmConnector:Demo:Seed=false.");
        }

        if (!auth.UsesBuiltInServer)
        {
            if (!Uri.TryCreate(auth.Authority, UriKind.Absolute, out var authority))
            {
                failures.Add($"AmConnector:Auth:Authority '{auth.Authority}' is not an absolute URI.");
            }
            else if (authority.Scheme != Uri.UriSchemeHttps && !environment.IsDevelopment())
            {
                failures.Add("AmConnector:Auth:Authority must use https outside Development.");
            }
        }
        else if (production && string.IsNullOrWhiteSpace(auth.SigningCertificate.Path))
        {
            failures.Add("AmConnector:Auth:SigningCertificate:Path is not set: outside Development the built-in token server needs a signing certificate (PFX) from configuration.");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < auth.Clients.Count; i++)
        {
            var client = auth.Clients[i];
            var at = $"AmConnector:Auth:Clients:{i}";
            if (string.IsNullOrWhiteSpace(client.ClientId) || !seen.Add(client.ClientId))
            {
                failures.Add($"{at}:ClientId is missing or repeated.");
            }

            if (client.Public)
            {
                if (client.Secret.Length > 0)
                {
                    failures.Add($"{at}:Secret must be empty for a public client (it signs people in with PKCE, without a secret).");
                }

                if (client.RedirectUris.Count == 0)
                {
                    failures.Add($"{at}:RedirectUris is empty: a public client only signs people in, which needs a redirect URI.");
                }
            }
            else if (client.Secret.Length < 16)
            {
                failures.Add($"{at}:Secret must be at least 16 characters.");
            }
            else if (production && DemoClients.IsDemoSecret(client.Secret))
            {
                failures.Add($"{at}:Secret is a published demo secret, refused outside Development.");
            }

            foreach (var uri in client.RedirectUris.Where(u => !Uri.TryCreate(u, UriKind.Absolute, out var parsed) || parsed.Fragment.Length > 0))
            {
                failures.Add($"{at}:RedirectUris has '{uri}', which is not an absolute URI without a fragment.");
            }

            foreach (var scope in client.Scopes.Where(s => !Scopes.All.Contains(s)))
            {
                failures.Add($"{at}:Scopes has '{scope}', which is not one of {string.Join(", ", Scopes.All)}.");
            }
        }

        ValidateUsers(auth, production, failures);

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void ValidateUsers(AuthOptions auth, bool production, List<string> failures)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < auth.Users.Count; i++)
        {
            var user = auth.Users[i];
            var at = $"AmConnector:Auth:Users:{i}";
            if (string.IsNullOrWhiteSpace(user.Username) || !seen.Add(user.Username))
            {
                failures.Add($"{at}:Username is missing or repeated.");
            }

            if (!LocalUsers.IsV3Hash(user.PasswordHash))
            {
                failures.Add($"{at}:PasswordHash is not an ASP.NET Core Identity PasswordHasher v3 hash (create one with: dotnet run samples/hash-password.cs -- '<password>').");
            }
            else if (production && LocalUsers.HasDemoPassword(user))
            {
                failures.Add($"{at}:PasswordHash is a demo user's published password, refused outside Development.");
            }

            foreach (var scope in user.Scopes.Where(s => !Scopes.All.Contains(s)))
            {
                failures.Add($"{at}:Scopes has '{scope}', which is not one of {string.Join(", ", Scopes.All)}.");
            }
        }
    }
}

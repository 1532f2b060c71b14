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
            failures.Add("AmConnector:Demo:Seed is true outside Development: the demo clients' secrets are published. Set AmConnector:Demo:Seed=false.");
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

            if (client.Secret.Length < 16)
            {
                failures.Add($"{at}:Secret must be at least 16 characters.");
            }
            else if (production && DemoClients.IsDemoSecret(client.Secret))
            {
                failures.Add($"{at}:Secret is a published demo secret, refused outside Development.");
            }

            foreach (var scope in client.Scopes.Where(s => !Scopes.All.Contains(s)))
            {
                failures.Add($"{at}:Scopes has '{scope}', which is not one of {string.Join(", ", Scopes.All)}.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}

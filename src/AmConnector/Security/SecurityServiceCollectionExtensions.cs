using AmConnector.Data;
using AmConnector.Security.ApiKeys;
using AmConnector.Security.Authorization;
using AmConnector.Security.RateLimiting;
using AmConnector.Security.SignIn;
using AmConnector.Security.TokenServer;
using AmConnector.Security.ValidatedTokens;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenIddict.Server;
using OpenIddict.Server.AspNetCore;
using OpenIddict.Validation;
using OpenIddict.Validation.AspNetCore;

namespace AmConnector.Security;

internal static class SecurityServiceCollectionExtensions
{
    /// <summary>
    /// OAuth 2.0 for every AmConnector endpoint: the built-in OpenIddict token server (client
    /// credentials, and person sign-in with authorization code + PKCE behind a login cookie) and its
    /// validation, or an external authority's JWTs; read-only API keys; one policy per scope;
    /// supplier row scoping; per-client rate limits.
    /// </summary>
    public static void AddAmConnectorSecurity(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AmConnectorOptions>, AuthOptionsValidator>());
        services.TryAddScoped<IRowScope, CallerRowScope>();

        services.AddOpenIddict()
            .AddCore(core => core.UseEntityFrameworkCore().UseDbContext<AmConnectorDbContext>())
            .AddServer(server =>
            {
                server.AllowClientCredentialsFlow();
                server.AllowAuthorizationCodeFlow();
                server.RequireProofKeyForCodeExchange();
                server.RegisterScopes([.. Scopes.All]);
                // RFC 9068 JWTs that any resource server can validate with the published JWKS.
                server.DisableAccessTokenEncryption();
                server.AddEventHandler(ScopePermissionHandler.Descriptor);
                server.AddEventHandler(ClientCredentialsHandler.Descriptor);
                server.UseAspNetCore();
            })
            .AddValidation(validation =>
            {
                validation.UseLocalServer();
                validation.UseAspNetCore();
            });
        services.AddSingleton<TokenServerOptionsSetup>();
        services.AddSingleton<IConfigureOptions<OpenIddictServerOptions>>(sp => sp.GetRequiredService<TokenServerOptionsSetup>());
        services.AddSingleton<IConfigureOptions<OpenIddictServerAspNetCoreOptions>>(sp => sp.GetRequiredService<TokenServerOptionsSetup>());
        services.AddSingleton<IConfigureOptions<OpenIddictValidationOptions>>(sp => sp.GetRequiredService<TokenServerOptionsSetup>());
        services.AddHostedService<ClientSeeder>();
        // OpenIddict writes whole tokens to its Trace-level log entries.
        services.AddSingleton<ILogger<OpenIddictServerDispatcher>, TokenRedactingLogger<OpenIddictServerDispatcher>>();
        services.AddSingleton<ILogger<OpenIddictValidationDispatcher>, TokenRedactingLogger<OpenIddictValidationDispatcher>>();
        // An API key in the query string leaves it before ASP.NET Core logs the request line. A host
        // with its own context factory keeps it (and the key in its request log).
        if (services.LastOrDefault(d => d.ServiceType == typeof(IHttpContextFactory)) is not { } factory
            || factory.ImplementationType == typeof(DefaultHttpContextFactory))
        {
            services.Replace(ServiceDescriptor.Singleton<IHttpContextFactory, ApiKeyQueryHttpContextFactory>());
        }

        services.AddAuthentication()
            .AddPolicyScheme(AmConnectorAuthentication.Scheme, "AmConnector", scheme => scheme.ForwardDefaultSelector = SelectScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(AmConnectorAuthentication.ApiKeyScheme, null)
            .AddScheme<AuthenticationSchemeOptions, CachedBearerHandler>(AmConnectorAuthentication.BearerScheme, null)
            .AddJwtBearer(AmConnectorAuthentication.ExternalBearerScheme)
            .AddCookie(AmConnectorAuthentication.LoginScheme, LoginCookie.Configure);
        services.AddAntiforgery();
        services.TryAddSingleton<LocalUsers>();
        services.TryAddSingleton<LoginLockout>();
        services.TryAddSingleton<ValidatedTokenCache>();
        // With an external authority, OpenIddict's handlers must not see requests (ADR-005). This
        // replaces the scheme provider; a host with its own provider must derive from this one.
        services.Replace(ServiceDescriptor.Singleton<IAuthenticationSchemeProvider, BuiltInServerSchemeProvider>());
        services.AddOptions<JwtBearerOptions>(AmConnectorAuthentication.ExternalBearerScheme)
            .Configure<IOptions<AmConnectorOptions>>((jwt, options) => ExternalAuthority.Configure(jwt, options.Value.Auth));

        var authorization = services.AddAuthorizationBuilder();
        foreach (var scope in Scopes.All)
        {
            authorization.AddPolicy(Policies.For(scope), policy => policy
                .AddAuthenticationSchemes(AmConnectorAuthentication.Scheme)
                .RequireAuthenticatedUser()
                .AddRequirements(new ScopeRequirement(scope)));
        }

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IAuthorizationHandler, ScopeAuthorizationHandler>());
        services.TryAddSingleton<ClientRateLimiter>();
        // Answers 401/403/429 on AmConnector's endpoints; defers to the default on a host's own.
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, AmConnectorAuthorizationResultHandler>();
    }

    /// <summary>An API key when one is presented; otherwise the bearer token, validated by the configured issuer's validator once per token.</summary>
    private static string SelectScheme(HttpContext context) =>
        ApiKeyAuthenticationHandler.ReadKey(context.Request) is not null
            ? AmConnectorAuthentication.ApiKeyScheme
            : AmConnectorAuthentication.BearerScheme;
}

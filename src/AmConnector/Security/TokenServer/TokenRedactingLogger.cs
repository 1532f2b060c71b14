using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;

namespace AmConnector.Security.TokenServer;

/// <summary>
/// The logger OpenIddict's server and validation get (<c>ILogger&lt;…Dispatcher&gt;</c>). OpenIddict
/// writes usable credentials into some entries: every token it creates or validates, whole, at
/// Trace; the reference identifier of an authorization code (which is the code) at Trace; and
/// the PKCE <c>code_verifier</c> of every token request, at Information. An entry that holds one
/// is written with the value replaced and without its structured values; every other entry passes
/// unchanged.
/// </summary>
internal sealed partial class TokenRedactingLogger<T>(ILoggerFactory factory) : ILogger<T>
{
    private const string Redacted = "[redacted]";

    /// <summary>OpenIddict's template placeholders whose values are credentials (see its resource strings).</summary>
    private static readonly HashSet<string> SecretValues = new(StringComparer.Ordinal) { "ReferenceId", "Payload", "Token" };

    private readonly ILogger _inner = factory.CreateLogger<T>();

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => _inner.BeginScope(state);

    public bool IsEnabled(LogLevel logLevel) => _inner.IsEnabled(logLevel);

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (!_inner.IsEnabled(logLevel))
        {
            return;
        }

        var message = formatter(state, exception);
        var redacted = Redact(message, state as IEnumerable<KeyValuePair<string, object?>>);
        if (ReferenceEquals(redacted, message))
        {
            _inner.Log(logLevel, eventId, state, exception, formatter);
            return;
        }

        _inner.Log(logLevel, eventId, redacted, exception, static (text, _) => text);
    }

    /// <summary>The message with every credential replaced; the very same instance when it held none.</summary>
    internal static string Redact(string message, IEnumerable<KeyValuePair<string, object?>>? values)
    {
        var result = message;
        foreach (var (key, value) in values ?? [])
        {
            if (SecretValues.Contains(key) && value is string { Length: > 0 } secret && result.Contains(secret, StringComparison.Ordinal))
            {
                result = result.Replace(secret, Redacted, StringComparison.Ordinal);
            }
        }

        if (Jwt().IsMatch(result))
        {
            result = Jwt().Replace(result, Redacted);
        }

        if (SecretParameter().IsMatch(result))
        {
            result = SecretParameter().Replace(result, "\"${name}\": \"" + Redacted + "\"");
        }

        return result;
    }

    /// <summary>Three (JWS) or five (JWE) base64url segments, the first a JSON header ("eyJ").</summary>
    [GeneratedRegex(@"eyJ[A-Za-z0-9_\-]*(\.[A-Za-z0-9_\-]*){2,4}")]
    private static partial Regex Jwt();

    /// <summary>
    /// A credential among the parameters of a request OpenIddict logs as JSON ("The token request was
    /// successfully extracted: {…}"). OpenIddict redacts some itself (code, client_secret) but not
    /// code_verifier; every one is listed so none depends on that. An already redacted value stays as it is.
    /// </summary>
    [GeneratedRegex("\"(?<name>code_verifier|code|client_secret|client_assertion|assertion|password|refresh_token|access_token|id_token|id_token_hint|token|device_code|user_code|subject_token|actor_token)\"\\s*:\\s*\"(?!\\[redacted\\]\")[^\"]*\"")]
    private static partial Regex SecretParameter();
}

using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;

namespace AmConnector.Security.TokenServer;

/// <summary>
/// The logger OpenIddict's server and validation get (<c>ILogger&lt;…Dispatcher&gt;</c>): at Trace
/// level OpenIddict writes every token it creates or validates, whole, which would put usable
/// credentials in the logs of anyone who turns Trace on. An entry that holds a JWT (JWS or JWE
/// compact form) is written with the token replaced and without its structured values; every
/// other entry passes unchanged.
/// </summary>
internal sealed partial class TokenRedactingLogger<T>(ILoggerFactory factory) : ILogger<T>
{
    private const string Redacted = "[token redacted]";

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
        if (!Jwt().IsMatch(message))
        {
            _inner.Log(logLevel, eventId, state, exception, formatter);
            return;
        }

        _inner.Log(logLevel, eventId, Jwt().Replace(message, Redacted), exception, static (text, _) => text);
    }

    /// <summary>Three (JWS) or five (JWE) base64url segments, the first a JSON header ("eyJ").</summary>
    [GeneratedRegex(@"eyJ[A-Za-z0-9_\-]*(\.[A-Za-z0-9_\-]*){2,4}")]
    private static partial Regex Jwt();
}

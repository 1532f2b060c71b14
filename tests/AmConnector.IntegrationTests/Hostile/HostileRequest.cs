namespace AmConnector.IntegrationTests.Hostile;

/// <summary>
/// A request as raw as HttpClient lets it be: the URL is sent as written (percent-escapes included,
/// so invalid UTF-8 reaches the server), the body as bytes, headers without validation.
/// </summary>
public sealed record HostileRequest(string Method, string Url, HostileCaller Caller)
{
    public byte[]? Body { get; init; }

    /// <summary>The Content-Type header, sent as is (it may itself be hostile).</summary>
    public string? ContentType { get; init; }

    public IReadOnlyList<KeyValuePair<string, string>> Headers { get; init; } = [];

    /// <summary>Whether a rejection must leave every table's row count as it was.</summary>
    public bool IsWrite => Method is not ("GET" or "HEAD" or "OPTIONS");

    public HttpRequestMessage ToMessage()
    {
        var message = new HttpRequestMessage(new HttpMethod(Method), new Uri(Url, UriKind.Relative));
        if (Body is not null)
        {
            message.Content = new ByteArrayContent(Body);
            if (ContentType is not null)
            {
                message.Content.Headers.TryAddWithoutValidation("Content-Type", ContentType);
            }
        }

        foreach (var (name, value) in Headers)
        {
            if (name.StartsWith("Content-", StringComparison.OrdinalIgnoreCase) && message.Content is not null)
            {
                message.Content.Headers.Remove(name);
                message.Content.Headers.TryAddWithoutValidation(name, value);
            }
            else
            {
                message.Headers.TryAddWithoutValidation(name, value);
            }
        }

        return message;
    }
}

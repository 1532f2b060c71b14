using Microsoft.AspNetCore.Http;

namespace AmConnector.Webhooks.Inbound;

/// <summary>Reads the raw body up to a limit: the signature is over these exact bytes.</summary>
internal static class InboundBody
{
    /// <summary>The body, or null when it is larger than <paramref name="limit"/> (answered 413 without reading the rest).</summary>
    public static async Task<byte[]?> ReadAsync(HttpRequest request, int limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength > limit)
        {
            return null;
        }

        using var buffer = new MemoryStream(request.ContentLength is { } length ? (int)length : 4096);
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}

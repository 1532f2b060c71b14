using System.Net.Sockets;

namespace AmConnector.Webhooks.Outbound;

/// <summary>
/// The webhook client's primary handler: no redirects, no proxy (it would resolve the name itself),
/// and a connect callback that resolves through the <see cref="WebhookAddressGuard"/> and connects
/// to exactly the addresses it approved, so a rebinding DNS answer cannot slip in between.
/// </summary>
internal static class GuardedConnection
{
    public static SocketsHttpHandler CreateHandler(WebhookAddressGuard guard) => new()
    {
        AllowAutoRedirect = false,
        UseProxy = false,
        UseCookies = false,
        PooledConnectionLifetime = TimeSpan.FromMinutes(2),
        ConnectTimeout = TimeSpan.FromSeconds(10),
        ConnectCallback = async (context, cancellationToken) =>
        {
            var addresses = await guard.ResolveAsync(context.DnsEndPoint.Host, cancellationToken);
            var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(addresses, context.DnsEndPoint.Port, cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        },
    };
}

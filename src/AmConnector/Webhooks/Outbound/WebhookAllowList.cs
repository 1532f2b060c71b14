using System.Net;

namespace AmConnector.Webhooks.Outbound;

/// <summary>
/// <c>AmConnector:Webhooks:AllowedPrivateHosts</c>: host names (matched whole, case-insensitively),
/// IP addresses and CIDR ranges that may be private and may use plain http.
/// </summary>
internal sealed class WebhookAllowList
{
    private readonly HashSet<string> _hosts = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<IPNetwork> _networks = [];

    public WebhookAllowList(IEnumerable<string> entries)
    {
        foreach (var entry in entries)
        {
            if (!TryParseEntry(entry, out var parsed))
            {
                continue;
            }

            if (parsed is IPNetwork network)
            {
                _networks.Add(network);
            }
            else
            {
                _hosts.Add((string)parsed);
            }
        }
    }

    /// <summary>An entry as an <see cref="IPNetwork"/> (an address is a /32 or /128) or a host name.</summary>
    public static bool TryParseEntry(string? entry, out object parsed)
    {
        parsed = "";
        var text = entry?.Trim() ?? "";
        if (text.Length == 0)
        {
            return false;
        }

        if (IPNetwork.TryParse(text, out var network))
        {
            parsed = network;
            return true;
        }

        if (IPAddress.TryParse(text.Trim('[', ']'), out var address))
        {
            parsed = new IPNetwork(Normalize(address), Normalize(address).GetAddressBytes().Length * 8);
            return true;
        }

        if (Uri.CheckHostName(text) == UriHostNameType.Dns)
        {
            parsed = text.TrimEnd('.');
            return true;
        }

        return false;
    }

    public bool IsEmpty => _hosts.Count == 0 && _networks.Count == 0;

    /// <summary>The URL's host itself is listed: by name, or as an address inside a listed range.</summary>
    public bool ListsHost(string host) =>
        _hosts.Contains(host.TrimEnd('.')) || IPAddress.TryParse(host.Trim('[', ']'), out var literal) && Contains(literal);

    public bool Contains(IPAddress address)
    {
        var normal = Normalize(address);
        return _networks.Any(n => n.BaseAddress.AddressFamily == normal.AddressFamily && n.Contains(normal));
    }

    internal static IPAddress Normalize(IPAddress address) => address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
}

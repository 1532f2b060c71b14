using System.Net;
using System.Net.Sockets;

namespace AmConnector.Webhooks.Outbound;

/// <summary>
/// Which addresses a webhook may reach by default: public ones only. Loopback, RFC 1918, link-local,
/// unique-local, CGNAT, multicast and the cloud metadata services are refused unless allow-listed,
/// so a registered URL cannot make AmConnector probe the site network on an attacker's behalf.
/// </summary>
internal static class WebhookAddressPolicy
{
    private static readonly (IPNetwork Network, string Name)[] Refused =
    [
        (IPNetwork.Parse("169.254.169.254/32"), "the cloud metadata service"),
        (IPNetwork.Parse("fd00:ec2::254/128"), "the cloud metadata service"),
        (IPNetwork.Parse("0.0.0.0/8"), "a 'this network' address"),
        (IPNetwork.Parse("10.0.0.0/8"), "a private (RFC 1918) address"),
        (IPNetwork.Parse("172.16.0.0/12"), "a private (RFC 1918) address"),
        (IPNetwork.Parse("192.168.0.0/16"), "a private (RFC 1918) address"),
        (IPNetwork.Parse("127.0.0.0/8"), "a loopback address"),
        (IPNetwork.Parse("169.254.0.0/16"), "a link-local address"),
        (IPNetwork.Parse("100.64.0.0/10"), "a carrier-grade NAT address"),
        (IPNetwork.Parse("192.0.0.0/24"), "an IETF protocol address"),
        (IPNetwork.Parse("198.18.0.0/15"), "a benchmarking address"),
        (IPNetwork.Parse("224.0.0.0/4"), "a multicast address"),
        (IPNetwork.Parse("240.0.0.0/4"), "a reserved address"),
        (IPNetwork.Parse("::/128"), "the unspecified address"),
        (IPNetwork.Parse("::1/128"), "a loopback address"),
        (IPNetwork.Parse("fe80::/10"), "a link-local address"),
        (IPNetwork.Parse("fc00::/7"), "a unique-local address"),
        (IPNetwork.Parse("ff00::/8"), "a multicast address"),
        (IPNetwork.Parse("64:ff9b::/96"), "a NAT64 address"),
    ];

    /// <summary>Why the address is refused, or null when it is public.</summary>
    public static string? Refusal(IPAddress address)
    {
        var normal = WebhookAllowList.Normalize(address);
        foreach (var (network, name) in Refused)
        {
            if (network.BaseAddress.AddressFamily == normal.AddressFamily && network.Contains(normal))
            {
                return name;
            }
        }

        return normal.AddressFamily is AddressFamily.InterNetwork or AddressFamily.InterNetworkV6 ? null : "not an IP address";
    }
}

using System.Net;
using AmConnector.Webhooks.Outbound;

namespace AmConnector.Tests.Webhooks.Outbound;

public sealed class WebhookAddressPolicyTests
{
    [Theory]
    [InlineData("127.0.0.1", "loopback")]
    [InlineData("10.1.2.3", "private")]
    [InlineData("172.20.0.1", "private")]
    [InlineData("192.168.1.1", "private")]
    [InlineData("169.254.169.254", "metadata")]
    [InlineData("169.254.10.10", "link-local")]
    [InlineData("100.64.0.1", "carrier-grade NAT")]
    [InlineData("0.0.0.0", "this network")]
    [InlineData("::1", "loopback")]
    [InlineData("fe80::1", "link-local")]
    [InlineData("fd00:ec2::254", "metadata")]
    [InlineData("fc12::1", "unique-local")]
    [InlineData("::ffff:10.0.0.1", "private")]
    public void Refusal_NonPublicAddress_NamesWhy(string address, string reason) =>
        Assert.Contains(reason, WebhookAddressPolicy.Refusal(IPAddress.Parse(address)), StringComparison.Ordinal);

    [Theory]
    [InlineData("203.0.113.10")]
    [InlineData("8.8.8.8")]
    [InlineData("172.32.0.1")]
    [InlineData("2606:4700::1111")]
    public void Refusal_PublicAddress_IsNull(string address) => Assert.Null(WebhookAddressPolicy.Refusal(IPAddress.Parse(address)));

    [Fact]
    public void AllowList_HostsAddressesAndRanges_AreMatched()
    {
        var allowList = new WebhookAllowList(["qms.site.local", "127.0.0.1", "10.20.0.0/16", "fd00::/8"]);

        Assert.True(allowList.ListsHost("QMS.site.local"));
        Assert.True(allowList.ListsHost("127.0.0.1"));
        Assert.True(allowList.ListsHost("10.20.3.4"));
        Assert.False(allowList.ListsHost("10.21.0.1"));
        Assert.False(allowList.ListsHost("other.site.local"));
        Assert.True(allowList.Contains(IPAddress.Parse("::ffff:10.20.1.1")));
        Assert.True(allowList.Contains(IPAddress.Parse("fd12::1")));
        Assert.False(allowList.Contains(IPAddress.Parse("127.0.0.2")));
    }

    [Theory]
    [InlineData("not a host!")]
    [InlineData("10.0.0.0/99")]
    [InlineData("")]
    public void TryParseEntry_Garbage_IsRefused(string entry) => Assert.False(WebhookAllowList.TryParseEntry(entry, out _));
}

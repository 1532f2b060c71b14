using System.Security.Cryptography;
using StandardWebhooks;

namespace AmConnector.Client.Tests.Receiving;

/// <summary>Webhooks signed as AmConnector signs them: one v1 signature per secret in use, space-separated.</summary>
internal static class Signed
{
    public static string NewSecret() => "whsec_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    public static string Signature(string id, DateTimeOffset at, string body, params string[] secrets) =>
        string.Join(' ', secrets.Select(secret => new StandardWebhook(secret).Sign(id, at, body)));

    public static string CloudEvent(string type, string data, string id = "019ac8a1-0000-7000-8000-000000000001") =>
        $$"""{"specversion":"1.0","id":"{{id}}","source":"https://site.example/amconnector","type":"{{type}}","subject":"lots/x","time":"2026-11-28T05:00:00.0000000Z","datacontenttype":"application/json","correlationid":"abc","data":{{data}}}""";

    public const string LotStatusChangedData =
        """{"lotId":"019ac8a1-3b7e-7c41-9d2e-5a1f0c3b7e30","supplierCode":"NWB","catalogueNumber":"NB-FBS-500","lotNumber":"FB-25-0311","from":"Quarantine","to":"Released","reason":"CoA reviewed","conditions":null}""";
}

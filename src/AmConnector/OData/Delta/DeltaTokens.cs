using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.OData;

namespace AmConnector.OData.Delta;

/// <summary>
/// Makes and reads the opaque tokens of delta and next links. They are Data Protection payloads
/// (authenticated encryption), so a client can neither read nor alter the window it was given, and
/// each is bound to its entity set, <c>$filter</c>, <c>$select</c>, <c>$expand</c>, <c>$count</c> and the
/// caller's supplier scope: the link repeats the query, and a token used with another one is refused.
/// </summary>
internal sealed class DeltaTokens(IDataProtectionProvider provider)
{
    private readonly IDataProtector _protector = provider.CreateProtector("AmConnector.OData.DeltaToken.v1");

    public string Write(DeltaToken token) => _protector.Protect(JsonSerializer.Serialize(token));

    /// <summary>The token's window; throws <see cref="ODataException"/> (a 400) when it is not ours or belongs to another query.</summary>
    public DeltaToken Read(string text, string query)
    {
        DeltaToken? token;
        try
        {
            token = JsonSerializer.Deserialize<DeltaToken>(_protector.Unprotect(text));
        }
        catch (Exception ex) when (ex is CryptographicException or JsonException or FormatException)
        {
            throw new ODataException("The delta or skip token is not one this service issued, or it was altered; start again without it.");
        }

        if (token is null || !CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(token.Query), Encoding.UTF8.GetBytes(query)))
        {
            throw new ODataException("The delta or skip token belongs to another query: follow the link exactly as it was returned ($filter, $select, $expand and $count are part of it).");
        }

        return token;
    }

    /// <summary>What a token is bound to, as a hash: the set, the options that shape the result, and whose rows.</summary>
    public static string Binding(string entitySet, Microsoft.AspNetCore.OData.Query.ODataRawQueryOptions raw, string? supplier)
    {
        var canonical = string.Join('\n', entitySet, raw.Filter ?? "", raw.Select ?? "", raw.Expand ?? "", raw.Count ?? "", supplier ?? "");
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }
}

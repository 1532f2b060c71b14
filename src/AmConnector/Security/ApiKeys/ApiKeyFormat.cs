using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace AmConnector.Security.ApiKeys;

/// <summary>Keys look like <c>amk_</c> + 43 base64url characters (256 random bits).</summary>
internal static class ApiKeyFormat
{
    public const string KeyPrefix = "amk_";

    public static string NewKey() => KeyPrefix + WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    /// <summary>Enough of the key to recognise it in a list, far too little to guess the rest.</summary>
    public static string DisplayPrefix(string key) => key[..Math.Min(key.Length, KeyPrefix.Length + 6)];

    public static bool LooksLikeKey(string? value) => value is { Length: > 20 and < 200 } && value.StartsWith(KeyPrefix, StringComparison.Ordinal);
}

using AmConnector.Common;

namespace AmConnector.Security.ApiKeys;

/// <summary>
/// A read-only key for a BI tool that cannot do OAuth. Only its SHA-256 is stored: the key is
/// 256 random bits, so a fast hash is as safe as a slow one and lets the lookup be an index seek.
/// </summary>
public sealed class ApiKey : AmEntity
{
    /// <summary>What the key is for ("Power BI – QA dashboard").</summary>
    public string Name { get; set; } = "";

    /// <summary>The first characters of the key, so an administrator can tell keys apart.</summary>
    public string Prefix { get; set; } = "";

    /// <summary>Lower-case hex SHA-256 of the whole key.</summary>
    public string KeyHash { get; set; } = "";

    public DateTimeOffset? ExpiresAt { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }

    /// <summary>The client that created it.</summary>
    public string CreatedBy { get; set; } = "";

    public string? RevokedBy { get; set; }

    public bool IsActiveAt(DateTimeOffset now) => RevokedAt is null && (ExpiresAt is null || ExpiresAt > now);
}

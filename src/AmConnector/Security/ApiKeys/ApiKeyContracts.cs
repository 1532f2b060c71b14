namespace AmConnector.Security.ApiKeys;

/// <summary>POST /api/clients/api-keys body.</summary>
public sealed record CreateApiKeyRequest(string? Name, DateTimeOffset? ExpiresAt);

/// <summary>The one answer that shows the key; it cannot be read again.</summary>
public sealed record CreatedApiKey(Guid Id, string Key, string Name, DateTimeOffset? ExpiresAt);

/// <summary>A key as listed: never the key, only its prefix.</summary>
public sealed record ApiKeySummary(
    Guid Id, string Name, string Prefix, DateTimeOffset CreatedAt, string CreatedBy, DateTimeOffset? ExpiresAt, DateTimeOffset? RevokedAt, bool Active);

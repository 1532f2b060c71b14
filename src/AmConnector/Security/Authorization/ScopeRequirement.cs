using Microsoft.AspNetCore.Authorization;

namespace AmConnector.Security.Authorization;

/// <summary>The caller's token (or API key) carries <see cref="Scope"/>.</summary>
internal sealed record ScopeRequirement(string Scope) : IAuthorizationRequirement;

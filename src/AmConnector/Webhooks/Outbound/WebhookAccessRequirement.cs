using AmConnector.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace AmConnector.Webhooks.Outbound;

/// <summary>
/// Who may manage webhooks: the site's callers with <c>webhooks.manage</c>, and a supplier's own
/// system (<c>notices.publish</c> with its supplier claim) for its own endpoints only; the handlers
/// and the row scope keep a supplier to its own.
/// </summary>
internal sealed class WebhookAccessRequirement : IAuthorizationRequirement
{
    public const string Policy = "AmConnector:webhooks";
}

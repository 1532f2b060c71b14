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

internal sealed class WebhookAccessHandler(IOptions<AmConnectorOptions> options) : AuthorizationHandler<WebhookAccessRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, WebhookAccessRequirement requirement)
    {
        var caller = Caller.From(context.User, options.Value.Auth);
        if (caller.IsSupplier ? !string.IsNullOrEmpty(caller.SupplierCode) && (caller.Has(Scopes.PublishNotices) || caller.Has(Scopes.ManageWebhooks)) : caller.Has(Scopes.ManageWebhooks))
        {
            context.Succeed(requirement);
        }
        else
        {
            context.Fail(new AuthorizationFailureReason(this,
                $"Webhooks need the scope {Scopes.ManageWebhooks}, or {Scopes.PublishNotices} with a supplier claim for a supplier's own endpoints."));
        }

        return Task.CompletedTask;
    }
}

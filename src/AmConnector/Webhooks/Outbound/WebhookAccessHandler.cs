using AmConnector.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace AmConnector.Webhooks.Outbound;

/// <summary>Decides <see cref="WebhookAccessRequirement"/> from the caller's scopes and supplier claim.</summary>
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

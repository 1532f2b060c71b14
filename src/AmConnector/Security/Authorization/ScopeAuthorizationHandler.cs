using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace AmConnector.Security.Authorization;

internal sealed class ScopeAuthorizationHandler(IOptions<AmConnectorOptions> options) : AuthorizationHandler<ScopeRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, ScopeRequirement requirement)
    {
        if (Caller.From(context.User, options.Value.Auth).Has(requirement.Scope))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}

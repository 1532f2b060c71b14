using Microsoft.Extensions.Options;

namespace AmConnector.HostSystems;

/// <summary>Start-up checks of <c>AmConnector:HostQms</c> that span settings; each failure names the setting to fix.</summary>
internal sealed class HostQmsOptionsValidator : IValidateOptions<AmConnectorOptions>
{
    public ValidateOptionsResult Validate(string? name, AmConnectorOptions options)
    {
        var qms = options.HostQms;
        if (!qms.Enabled)
        {
            return ValidateOptionsResult.Success;
        }

        var failures = new List<string>();
        if (qms.BaseUrl is not { IsAbsoluteUri: true })
        {
            failures.Add("AmConnector:HostQms:BaseUrl must be an absolute URI when AmConnector:HostQms:Enabled is true.");
        }

        if (qms.TokenEndpoint is not { IsAbsoluteUri: true })
        {
            failures.Add("AmConnector:HostQms:TokenEndpoint must be an absolute URI when AmConnector:HostQms:Enabled is true.");
        }

        if (string.IsNullOrWhiteSpace(qms.ClientId) || string.IsNullOrEmpty(qms.ClientSecret))
        {
            failures.Add("AmConnector:HostQms:ClientId and ClientSecret are required when AmConnector:HostQms:Enabled is true.");
        }

        if (qms.CallTimeout < qms.AttemptTimeout)
        {
            failures.Add("AmConnector:HostQms:CallTimeout must not be shorter than AttemptTimeout.");
        }

        if (qms.LeaseDuration <= qms.CallTimeout)
        {
            failures.Add("AmConnector:HostQms:LeaseDuration must be longer than CallTimeout, or a second worker could take a job still in flight.");
        }

        if (qms.MaxBackoff < qms.FirstBackoff)
        {
            failures.Add("AmConnector:HostQms:MaxBackoff must not be shorter than FirstBackoff.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}

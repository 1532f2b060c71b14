using AmConnector.Security;

namespace AmConnector.Webhooks.Outbound;

/// <summary>
/// Checks an endpoint request field by field, with the SSRF guard on the URL, so every refusal is
/// a 400 naming its field. A supplier's endpoint is limited to its own notice events.
/// </summary>
internal sealed class WebhookEndpointValidator(WebhookAddressGuard guard)
{
    private const int MaxItems = 100;

    public async Task<Dictionary<string, string[]>> ValidateAsync(WebhookEndpointRequest? request, Caller caller, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (request is null)
        {
            errors["body"] = ["is required: a JSON object with url, description, eventTypes, supplierCodes and catalogueNumbers."];
            return errors;
        }

        if (await UrlProblemAsync(request.Url, cancellationToken) is { } urlProblem)
        {
            errors["url"] = [urlProblem];
        }

        if (request.Description is { Length: > 256 })
        {
            errors["description"] = ["is at most 256 characters."];
        }

        var allowed = caller.IsSupplier ? WebhookSubscription.SupplierEventTypes : WebhookSubscription.SiteEventTypes;
        var unknown = (request.EventTypes ?? []).Where(t => !allowed.Contains(t, StringComparer.Ordinal)).ToList();
        if (unknown.Count > 0 || request.EventTypes?.Count > MaxItems)
        {
            errors["eventTypes"] = [$"{string.Join(", ", unknown.Select(t => $"'{t}'"))} cannot be subscribed to{(caller.IsSupplier ? " by a supplier" : "")}; allowed: {string.Join(", ", allowed)}."];
        }

        if (caller.IsSupplier && (request.SupplierCodes ?? []).Any(c => !string.Equals(c, caller.SupplierCode, StringComparison.OrdinalIgnoreCase)))
        {
            errors["supplierCodes"] = [$"A supplier's endpoint receives events about its own notices only ('{caller.SupplierCode}')."];
        }
        else if (Invalid(request.SupplierCodes, 32) is { } supplierProblem)
        {
            errors["supplierCodes"] = [supplierProblem];
        }

        if (Invalid(request.CatalogueNumbers, 64) is { } catalogueProblem)
        {
            errors["catalogueNumbers"] = [catalogueProblem];
        }

        return errors;
    }

    private async Task<string?> UrlProblemAsync(string? url, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return "is required: the absolute https URL that receives the events.";
        }

        if (url.Length > 2048 || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
        {
            return $"'{Shorten(url)}' is not an absolute http(s) URL of at most 2048 characters.";
        }

        if (uri.UserInfo.Length > 0 || uri.Fragment.Length > 0)
        {
            return "must not carry credentials or a fragment; the events are signed with the endpoint's secret.";
        }

        var allowList = guard.AllowList;
        if (uri.Scheme == Uri.UriSchemeHttp && !allowList.ListsHost(uri.IdnHost))
        {
            return $"must be https; plain http is allowed only for hosts in AmConnector:Webhooks:AllowedPrivateHosts, and '{uri.IdnHost}' is not one.";
        }

        try
        {
            await guard.ResolveAsync(uri.IdnHost, cancellationToken);
            return null;
        }
        catch (WebhookAddressRefusedException ex)
        {
            return ex.Message;
        }
    }

    private static string? Invalid(List<string>? values, int maxLength) =>
        values is null ? null
        : values.Count > MaxItems ? $"holds at most {MaxItems} values."
        : values.Any(v => string.IsNullOrWhiteSpace(v) || v.Length > maxLength) ? $"holds non-empty values of at most {maxLength} characters."
        : null;

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..80] + "…";
}

using System.Globalization;

namespace AmConnector.Webhooks.Outbound;

/// <summary>The filters of <c>GET /api/webhooks/deliveries</c>, parsed with a reason per bad field.</summary>
internal sealed record DeliveryQuery(Guid? EndpointId, DeliveryStatus? Status, string? Type, DateTimeOffset? From, DateTimeOffset? To, int Top, int Skip)
{
    public const int DefaultTop = 50;
    public const int MaxTop = 500;

    public bool FiltersDeliveries => EndpointId is not null || Status is not null;

    public static DeliveryQuery Parse(string? endpointId, string? status, string? type, string? from, string? to, string? top, string? skip, Dictionary<string, string[]> errors)
    {
        Guid? endpoint = null;
        if (!string.IsNullOrEmpty(endpointId))
        {
            if (Guid.TryParse(endpointId, out var parsed))
            {
                endpoint = parsed;
            }
            else
            {
                errors["endpointId"] = [$"'{endpointId}' is not a GUID."];
            }
        }

        DeliveryStatus? state = null;
        if (!string.IsNullOrEmpty(status))
        {
            if (Enum.TryParse<DeliveryStatus>(status, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed))
            {
                state = parsed;
            }
            else
            {
                errors["status"] = [$"'{status}' is not one of {string.Join(", ", Enum.GetNames<DeliveryStatus>())}."];
            }
        }

        if (!TryParseInstant(from, out var fromInstant))
        {
            errors["from"] = [$"'{from}' is not an ISO 8601 instant."];
        }

        if (!TryParseInstant(to, out var toInstant))
        {
            errors["to"] = [$"'{to}' is not an ISO 8601 instant."];
        }

        var size = DefaultTop;
        if (!string.IsNullOrEmpty(top) && (!int.TryParse(top, CultureInfo.InvariantCulture, out size) || size is < 1 or > MaxTop))
        {
            errors["top"] = [$"is a whole number from 1 to {MaxTop}."];
        }

        var offset = 0;
        if (!string.IsNullOrEmpty(skip) && (!int.TryParse(skip, CultureInfo.InvariantCulture, out offset) || offset < 0))
        {
            errors["skip"] = ["is a whole number, 0 or more."];
        }

        return new DeliveryQuery(endpoint, state, string.IsNullOrWhiteSpace(type) ? null : type.Trim(), fromInstant, toInstant, size, offset);
    }

    /// <summary>Empty is valid (no value); otherwise an ISO 8601 instant with an offset.</summary>
    public static bool TryParseInstant(string? text, out DateTimeOffset? instant)
    {
        instant = null;
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed))
        {
            instant = parsed;
            return true;
        }

        return false;
    }
}

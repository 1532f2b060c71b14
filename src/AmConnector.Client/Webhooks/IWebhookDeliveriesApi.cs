using Refit;

namespace AmConnector.Client.Webhooks;

/// <summary><c>/api/webhooks/deliveries</c>: the delivery log (message → deliveries → attempts) and the replay of one message.</summary>
public interface IWebhookDeliveriesApi
{
    /// <summary>A page of the log, newest first, filtered by whatever is given.</summary>
    [Get("/api/webhooks/deliveries")]
    Task<DeliveryLogPage> ListAsync(
        Guid? endpointId = null,
        DeliveryStatus? status = null,
        string? type = null,
        [Query(Format = "O")] DateTimeOffset? from = null,
        [Query(Format = "O")] [AliasAs("to")] DateTimeOffset? until = null,
        int? top = null,
        int? skip = null,
        CancellationToken cancellationToken = default);

    [Get("/api/webhooks/deliveries/{messageId}")]
    Task<DeliveryLogEntry> GetAsync(Guid messageId, CancellationToken cancellationToken = default);

    /// <summary>Sends the message again to every endpoint it went to (or only <paramref name="endpointId"/>); receivers get the same webhook-id.</summary>
    [Post("/api/webhooks/deliveries/{messageId}/replay")]
    Task<ReplayResult> ReplayAsync(Guid messageId, Guid? endpointId = null, CancellationToken cancellationToken = default);
}

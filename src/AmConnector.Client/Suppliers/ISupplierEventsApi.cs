using Refit;

namespace AmConnector.Client.Suppliers;

/// <summary>The signed POST of one CloudEvent; the body is sent byte for byte as it was signed.</summary>
internal interface ISupplierEventsApi
{
    [Post("/webhooks/suppliers/{supplierCode}/events")]
    Task<IApiResponse<PublishAnswer>> PostAsync(
        string supplierCode,
        [Header("webhook-id")] string webhookId,
        [Header("webhook-timestamp")] string timestamp,
        [Header("webhook-signature")] string signature,
        [Body] HttpContent body,
        CancellationToken cancellationToken);
}

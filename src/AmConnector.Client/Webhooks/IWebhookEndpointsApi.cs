using Refit;

namespace AmConnector.Client.Webhooks;

/// <summary><c>/api/webhooks/endpoints</c> (<c>webhooks.manage</c>, or a supplier's <c>notices.publish</c> for its own endpoints).</summary>
public interface IWebhookEndpointsApi
{
    /// <summary>Registers an endpoint; the answer holds its secret, shown only this once.</summary>
    [Post("/api/webhooks/endpoints")]
    Task<CreatedWebhookEndpoint> CreateAsync([Body] WebhookEndpointRequest request, CancellationToken cancellationToken = default);

    [Get("/api/webhooks/endpoints")]
    Task<List<WebhookEndpoint>> ListAsync(CancellationToken cancellationToken = default);

    [Get("/api/webhooks/endpoints/{id}")]
    Task<WebhookEndpoint> GetAsync(Guid id, CancellationToken cancellationToken = default);

    [Put("/api/webhooks/endpoints/{id}")]
    Task<WebhookEndpoint> UpdateAsync(Guid id, [Body] WebhookEndpointRequest request, CancellationToken cancellationToken = default);

    /// <summary>A new secret; the old one keeps signing beside it for the site's overlap, so the receiver can switch without losing events.</summary>
    [Post("/api/webhooks/endpoints/{id}/rotate-secret")]
    Task<RotatedWebhookSecret> RotateSecretAsync(Guid id, CancellationToken cancellationToken = default);

    [Post("/api/webhooks/endpoints/{id}/disable")]
    Task<WebhookEndpoint> DisableAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>New events flow again; what failed meanwhile comes back with <see cref="ReplayAsync"/>.</summary>
    [Post("/api/webhooks/endpoints/{id}/enable")]
    Task<WebhookEndpoint> EnableAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>Queues an <c>am.webhook.test</c> for this endpoint only.</summary>
    [Post("/api/webhooks/endpoints/{id}/test")]
    Task<TestEventAccepted> SendTestAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>Every failed delivery of this endpoint whose event occurred at or after <paramref name="since"/> is sent again.</summary>
    [Post("/api/webhooks/endpoints/{id}/replay")]
    Task<ReplayResult> ReplayAsync(Guid id, [Query(Format = "O")] DateTimeOffset since, CancellationToken cancellationToken = default);
}

using Refit;

namespace AmConnector.HostSystems;

/// <summary>
/// The host-QMS API of <c>contracts/host-qms/openapi.yaml</c>, written by hand and kept equal to it
/// by <c>HostQmsContractTests</c>: one method per operation, named after its operationId. Every
/// unsafe call carries an <c>Idempotency-Key</c>; without one it would not be retried (ADR host-qms-jobs).
/// </summary>
internal interface IHostQmsApi
{
    [Post("/change-controls")]
    Task<IApiResponse<ChangeControl>> CreateChangeControlAsync(
        [Header(HostQmsHeaders.IdempotencyKey)] string idempotencyKey, [Body] ChangeControlRequest request, CancellationToken cancellationToken);

    [Get("/change-controls/{reference}")]
    Task<IApiResponse<ChangeControl>> GetChangeControlAsync(string reference, CancellationToken cancellationToken);

    [Post("/lots/{supplierCode}/{catalogueNumber}/{lotNumber}/holds")]
    Task<IApiResponse<HostLotHold>> PlaceLotHoldAsync(
        string supplierCode, string catalogueNumber, string lotNumber,
        [Header(HostQmsHeaders.IdempotencyKey)] string idempotencyKey, [Body] LotHoldRequest request, CancellationToken cancellationToken);

    [Post("/lots/{supplierCode}/{catalogueNumber}/{lotNumber}/holds/{holdReference}/release")]
    Task<IApiResponse<HostLotHold>> ReleaseLotHoldAsync(
        string supplierCode, string catalogueNumber, string lotNumber, string holdReference,
        [Header(HostQmsHeaders.IdempotencyKey)] string idempotencyKey, [Body] LotHoldReleaseRequest request, CancellationToken cancellationToken);
}

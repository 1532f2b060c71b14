using AmConnector.Client.Lims;
using Refit;

namespace AmConnector.Client.Suppliers;

/// <summary>
/// A supplier's own view (a token with the <c>supplier</c> claim sees only its own records):
/// its change notices through OData and the log of the events it sent.
/// </summary>
public interface ISupplierApi
{
    /// <summary><c>GET /odata/ChangeNotices</c>: the caller's notices, newest first.</summary>
    [Get("/odata/ChangeNotices?$orderby=NotifiedAt desc")]
    Task<ODataPage<ChangeNotice>> GetChangeNoticesAsync(CancellationToken cancellationToken = default);

    /// <summary><c>GET /odata/ChangeNotices?$filter=…</c> with an OData filter expression.</summary>
    [Get("/odata/ChangeNotices?$filter={filter}&$orderby=NotifiedAt desc")]
    Task<ODataPage<ChangeNotice>> QueryChangeNoticesAsync(string filter, CancellationToken cancellationToken = default);

    /// <summary><c>GET /webhooks/suppliers/{code}/events</c>: what arrived from the supplier and what it was answered, newest first.</summary>
    [Get("/webhooks/suppliers/{supplierCode}/events")]
    Task<List<InboundEventSummary>> GetInboundEventsAsync(
        string supplierCode, string? type = null, [Query(Format = "O")] DateTimeOffset? from = null, int? top = null, CancellationToken cancellationToken = default);
}

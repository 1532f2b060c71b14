using Refit;

namespace AmConnector.Client.Lims;

/// <summary>
/// The LIMS's questions (<c>am.read</c>, the site's callers). The friendlier entry points are the
/// extension methods of <see cref="LimsApiExtensions"/>, which build the OData literals and filters.
/// </summary>
public interface ILimsApi
{
    /// <summary><c>GET /odata/Lots({id})/AmConnector.Usability()</c>: the verdict for any use.</summary>
    [Get("/odata/Lots({lotId})/AmConnector.Usability()")]
    Task<LotUsability> GetUsabilityAsync(Guid lotId, CancellationToken cancellationToken = default);

    /// <summary>
    /// <c>GET /odata/Lots({id})/AmConnector.Usability(use='…')</c>. <paramref name="escapedUse"/> is the
    /// inside of an OData string literal (single quotes doubled); <see cref="LimsApiExtensions.GetUsabilityAsync"/> escapes it for you.
    /// </summary>
    [Get("/odata/Lots({lotId})/AmConnector.Usability(use='{escapedUse}')")]
    Task<LotUsability> GetUsabilityForUseAsync(Guid lotId, string escapedUse, CancellationToken cancellationToken = default);

    /// <summary><c>POST /odata/CheckUsability</c>: up to <see cref="UsabilityCheckRequest.MaxLots"/> lots by natural key, one verdict each, in order.</summary>
    [Post("/odata/CheckUsability")]
    Task<ODataPage<LotUsability>> CheckUsabilityAsync([Body] UsabilityCheckRequest request, CancellationToken cancellationToken = default);

    /// <summary><c>GET /odata/Lots?$filter=…</c> with an OData filter expression.</summary>
    [Get("/odata/Lots?$filter={filter}&$orderby=LotNumber")]
    Task<ODataPage<Lot>> QueryLotsAsync(string filter, CancellationToken cancellationToken = default);

    /// <summary><c>GET /odata/ChangeNotices?$filter=…</c> with an OData filter expression.</summary>
    [Get("/odata/ChangeNotices?$filter={filter}&$orderby=NotifiedAt desc")]
    Task<ODataPage<ChangeNotice>> QueryChangeNoticesAsync(string filter, CancellationToken cancellationToken = default);
}

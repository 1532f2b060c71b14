namespace AmConnector.Client.Lims;

/// <summary>The LIMS questions in their everyday form.</summary>
public static class LimsApiExtensions
{
    /// <summary>Notice states that are not decided yet (the ones that make a lot <c>UsableWithConditions</c>).</summary>
    private static readonly string[] OpenStatuses = ["Received", "Triaged", "UnderAssessment"];

    /// <summary>May this lot be used for <paramref name="use"/> (any use when null)?</summary>
    public static Task<LotUsability> GetUsabilityAsync(this ILimsApi api, Guid lotId, string? use, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(api);
        return use is null
            ? api.GetUsabilityAsync(lotId, cancellationToken)
            : api.GetUsabilityForUseAsync(lotId, ODataLiteral.Escape(use), cancellationToken);
    }

    /// <summary>One verdict per lot, in the order given; refuses more than <see cref="UsabilityCheckRequest.MaxLots"/> before calling.</summary>
    public static async Task<IReadOnlyList<LotUsability>> CheckUsabilityAsync(
        this ILimsApi api, IEnumerable<LotKey> lots, string? use = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(api);
        ArgumentNullException.ThrowIfNull(lots);
        var list = lots.ToList();
        if (list.Count > UsabilityCheckRequest.MaxLots)
        {
            throw new ArgumentOutOfRangeException(nameof(lots), list.Count, $"At most {UsabilityCheckRequest.MaxLots} lots may be checked in one call; split the batch.");
        }

        return (await api.CheckUsabilityAsync(new UsabilityCheckRequest(list, use), cancellationToken)).Value;
    }

    /// <summary>The lots of one material, by the material's supplier code and catalogue number (the first page).</summary>
    public static async Task<IReadOnlyList<Lot>> GetLotsOfMaterialAsync(
        this ILimsApi api, string supplierCode, string catalogueNumber, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(api);
        var filter = $"SupplierCode eq {ODataLiteral.Quote(supplierCode)} and CatalogueNumber eq {ODataLiteral.Quote(catalogueNumber)}";
        return (await api.QueryLotsAsync(filter, cancellationToken)).Value;
    }

    /// <summary>The change notices naming this material that are not decided yet (Received, Triaged, UnderAssessment).</summary>
    public static async Task<IReadOnlyList<ChangeNotice>> GetOpenChangeNoticesAsync(
        this ILimsApi api, string supplierCode, string catalogueNumber, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(api);
        var open = string.Join(" or ", OpenStatuses.Select(s => $"Status eq '{s}'"));
        var filter = $"AffectedMaterials/any(m: m/SupplierCode eq {ODataLiteral.Quote(supplierCode)} and m/CatalogueNumber eq {ODataLiteral.Quote(catalogueNumber)}) and ({open})";
        return (await api.QueryChangeNoticesAsync(filter, cancellationToken)).Value;
    }
}

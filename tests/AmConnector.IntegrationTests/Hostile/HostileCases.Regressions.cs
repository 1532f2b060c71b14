namespace AmConnector.IntegrationTests.Hostile;

public static partial class HostileCases
{
    /// <summary>Cases that once got a 5xx or a non-problem answer: always in the fast subset, as regression tests.</summary>
    internal static IReadOnlySet<string> Regressions { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        // Minimal-API JSON and parameter binding threw BadHttpRequestException (500 behind UseExceptionHandler in Development).
        "malformed-json/POST api/webhooks/endpoints/truncated-at-1",
        "deep-nesting/PUT api/webhooks/endpoints/{id}/arrays-10000",
        "path-traversal/GET webhooks/suppliers/NWB/events?type=/dotdot-encoded-slashes",
        // A JSON charset no reader knows: InvalidOperationException, 500.
        "malformed-json/POST api/webhooks/endpoints/unknown-charset",
        // Form limits at the token server threw before any exception handler: a bare 500.
        "oversize/POST connect/token/form-10000-keys",
        "deep-nesting/POST connect/token/form-deep-brackets",
        "path-traversal/POST connect/token/client-id-null-byte",
        // $batch: undecodable bytes and an over-long boundary escaped as bare 500s; OData's own checks answered in plain text;
        // a JSON batch ignored the operation and size limits.
        "invalid-utf8/POST odata/$batch/body-byte-ff",
        "odata-bombs/POST odata/$batch/multipart-boundary-10000",
        "malformed-json/POST odata/$batch/no-content-type",
        "odata-bombs/POST odata/$batch/multipart-no-boundary",
        "odata-bombs/POST odata/$batch/150-writes-one-changeset",
        "odata-bombs/POST odata/$batch/json-5mb",
        // ODataException while binding the query options, and $filter functions EF cannot translate, on every set.
        "odata-bombs/GET odata/Suppliers/filter-empty",
        "odata-bombs/GET odata/WebhookDeliveries/filter-matches-pattern",
        "odata-bombs/GET odata/AuditEvents/filter-isof",
        // An If-Match that is not base64: FormatException in OData's ETag handler.
        "invalid-utf8/PATCH odata/Lots(key)/header-If-Match-bytes-byte-ff",
        // CheckUsability with null or nested items: NullReferenceException, InvalidCastException.
        "wrong-types/POST odata/CheckUsability/lots-null-item",
        "wrong-types/POST odata/CheckUsability/lots-nested-arrays",
        // An escaped lone surrogate in a CloudEvent: System.Text.Json's InvalidOperationException.
        "invalid-utf8/POST webhooks/suppliers/NWB/events/body-escaped-lone-surrogate",
        // $top=0 with key-order paging: the last key of an empty page (ArgumentOutOfRangeException).
        "odata-bombs/GET odata/Lots/top-zero",
        "odata-bombs/GET odata/Suppliers/top-zero",
    };
}

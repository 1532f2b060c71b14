using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OData.Query;
using Microsoft.AspNetCore.OData.Routing.Controllers;
using Microsoft.OData;

namespace AmConnector.OData;

/// <summary>
/// What the read-only sets (audit events, signatures, webhook deliveries) share: a page or one record
/// through the <see cref="ODataQueryRunner"/>, a bad query as an OData error, a missing key as 404.
/// Each subclass keeps its own actions, so its authorisation attribute stays where a reader looks for it.
/// </summary>
internal abstract class ReadOnlySetController(ODataQueryRunner runner) : ODataController
{
    protected abstract string EntitySet { get; }

    protected async Task<IActionResult> PageAsync<T>(IQueryable<T> source, ODataQueryOptions<T> options, CancellationToken cancellationToken)
        where T : class
    {
        try
        {
            return await runner.ReadFeedAsync(source, options, EntitySet, cancellationToken);
        }
        catch (ODataException ex)
        {
            return ODataErrors.InvalidQuery(ex.Message);
        }
    }

    /// <summary>The one record of <paramref name="keyed"/> (already filtered by its key), or 404 naming <paramref name="key"/>.</summary>
    protected async Task<IActionResult> OneAsync<T>(IQueryable<T> keyed, object key, ODataQueryOptions<T> options, CancellationToken cancellationToken)
        where T : class
    {
        try
        {
            var record = await runner.ReadOneAsync(keyed, options, cancellationToken);
            return record is null
                ? ODataErrors.Result(Microsoft.AspNetCore.Http.StatusCodes.Status404NotFound, "NotFound", $"{EntitySet}({key}) does not exist.")
                : Ok(record);
        }
        catch (ODataException ex)
        {
            return ODataErrors.InvalidQuery(ex.Message);
        }
    }
}

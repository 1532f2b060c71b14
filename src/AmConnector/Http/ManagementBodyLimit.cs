using Microsoft.AspNetCore.Mvc;

namespace AmConnector.Http;

/// <summary>
/// The body limit of AmConnector's JSON management APIs (webhook endpoints and deliveries, API keys,
/// supplier webhook secrets). What they accept is a few hundred bytes. Without a limit of their own a
/// body could reach Kestrel's 30 MB before it is read. A larger body is refused with 413 (problem details).
/// </summary>
internal static class ManagementBodyLimit
{
    public const long MaxBytes = 64 * 1024;

    /// <summary>Endpoint metadata that routing turns into the request's body limit.</summary>
    public static RequestSizeLimitAttribute Metadata => new(MaxBytes);
}

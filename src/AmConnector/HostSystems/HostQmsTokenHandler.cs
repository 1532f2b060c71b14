using System.Net;
using System.Net.Http.Headers;

namespace AmConnector.HostSystems;

/// <summary>
/// Puts the host QMS access token on each call. When the host refuses a token it accepted before
/// (revoked, keys rolled), it is dropped and the call is sent once more with a new one, if the
/// call may be repeated (<see cref="HostQmsRetryPolicy.MayRepeat"/>).
/// </summary>
internal sealed class HostQmsTokenHandler(HostQmsTokenSource tokens) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var token = await tokens.GetAsync(cancellationToken);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var response = await base.SendAsync(request, cancellationToken);
        if (response.StatusCode != HttpStatusCode.Unauthorized || !HostQmsRetryPolicy.MayRepeat(request))
        {
            return response;
        }

        tokens.Invalidate(token);
        response.Dispose();
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await tokens.GetAsync(cancellationToken));
        return await base.SendAsync(request, cancellationToken);
    }
}

using System.Collections.Concurrent;

namespace AmConnector.Lots.Usability;

/// <summary>
/// The answers of one generation of <see cref="UsabilityAnswerCache"/>: verdicts by lot and use, and
/// the responses OData wrote for them by request (<see cref="UsabilityResponseFilter"/>), at most
/// <c>limit</c> of each (the next write or the next day starts an empty generation).
/// </summary>
internal sealed class UsabilityAnswers(AuditTrail.AuditHeadStamp head, DateOnly day, int limit)
{
    /// <summary>
    /// The longest use, and the longest request key, that are kept. Real ones are far shorter; without a
    /// bound a caller could fill the cache with 20,000 keys of a URL's and headers' full length.
    /// </summary>
    public const int MaxUseLength = 256;

    /// <inheritdoc cref="MaxUseLength"/>
    public const int MaxRequestKeyLength = 2048;

    private readonly ConcurrentDictionary<(Guid LotId, string? Use), LotUsability> answers = new();
    private readonly ConcurrentDictionary<string, UsabilityResponse> responses = new(StringComparer.Ordinal);
    private int count;
    private int responseCount;

    public AuditTrail.AuditHeadStamp Head { get; } = head;

    public DateOnly Day { get; } = day;

    /// <summary>The answer, shared by every request that asks the same: callers must not change it.</summary>
    public bool TryGet(Guid lotId, string? use, out LotUsability answer) =>
        answers.TryGetValue((lotId, use), out answer!);

    public void Remember(Guid lotId, string? use, LotUsability answer)
    {
        // Counted by hand: ConcurrentDictionary.Count takes every lock.
        if ((use is null || use.Length <= MaxUseLength) && Interlocked.Increment(ref count) <= limit)
        {
            answers.TryAdd((lotId, use), answer);
        }
    }

    public bool TryGetResponse(string request, out UsabilityResponse response) =>
        responses.TryGetValue(request, out response!);

    public void RememberResponse(string request, UsabilityResponse response)
    {
        if (request.Length <= MaxRequestKeyLength && Interlocked.Increment(ref responseCount) <= limit)
        {
            responses.TryAdd(request, response);
        }
    }
}

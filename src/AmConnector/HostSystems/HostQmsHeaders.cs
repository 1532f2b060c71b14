namespace AmConnector.HostSystems;

internal static class HostQmsHeaders
{
    /// <summary>The same value on every try of one job: the host creates its record once per key.</summary>
    public const string IdempotencyKey = "Idempotency-Key";
}

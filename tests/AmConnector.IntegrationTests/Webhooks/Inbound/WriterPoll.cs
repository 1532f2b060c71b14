namespace AmConnector.IntegrationTests.Webhooks.Inbound;

/// <summary>
/// Waits for the inbound writer, which applies stored events on its own time (ADR-020): reads until
/// the state is reached (at most ~10 s), so a test waits for a state, not for a fixed time.
/// </summary>
internal static class WriterPoll
{
    public static async Task<T> UntilAsync<T>(Func<Task<T>> read, Func<T, bool> done)
    {
        for (var attempt = 0; ; attempt++)
        {
            var value = await read();
            if (done(value) || attempt == 200)
            {
                return value;
            }

            await Task.Delay(50);
        }
    }
}

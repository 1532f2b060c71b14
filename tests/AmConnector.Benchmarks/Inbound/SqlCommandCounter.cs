using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace AmConnector.Benchmarks.Inbound;

/// <summary>
/// Counts the SQL commands EF Core executes, grouped by statement shape, from its DiagnosticListener:
/// a CPU-independent measure of the work per event (a busy shared machine changes times, not counts).
/// </summary>
internal sealed class SqlCommandCounter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly List<IDisposable> subscriptions = [];

    private SqlCommandCounter()
    {
    }

    public ConcurrentDictionary<string, int> Commands { get; } = new();

    public int Total => Commands.Values.Sum();

    /// <summary>Every EF diagnostic event by name (query compilations, context creations, saves).</summary>
    public ConcurrentDictionary<string, int> Events { get; } = new();

    public static SqlCommandCounter Start()
    {
        var counter = new SqlCommandCounter();
        counter.subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(counter));
        return counter;
    }

    public void Reset()
    {
        Commands.Clear();
        Events.Clear();
    }

    public void OnNext(DiagnosticListener value)
    {
        if (value.Name == DbLoggerCategory.Name)
        {
            lock (subscriptions)
            {
                subscriptions.Add(value.Subscribe(this));
            }
        }
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        Events.AddOrUpdate(value.Key[(value.Key.LastIndexOf('.', value.Key.LastIndexOf('.') - 1) + 1)..], 1, (_, n) => n + 1);
        if (value.Value is CommandExecutedEventData executed)
        {
            Commands.AddOrUpdate(Shape(executed.Command.CommandText), 1, (_, n) => n + 1);
        }
        else if (value.Value is TransactionEndEventData && value.Key.EndsWith("Committed", StringComparison.Ordinal))
        {
            Commands.AddOrUpdate("COMMIT (EF transaction)", 1, (_, n) => n + 1);
        }
    }

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }

    public void Dispose()
    {
        lock (subscriptions)
        {
            subscriptions.ForEach(s => s.Dispose());
        }
    }

    /// <summary>The statement's first words and table, enough to tell them apart; a batch is split per statement.</summary>
    private static string Shape(string sql)
    {
        var statements = sql.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return string.Join(" ; ", statements.Select(s =>
        {
            var oneLine = string.Join(' ', s.Split((char[])['\n', '\r', ' '], StringSplitOptions.RemoveEmptyEntries));
            return oneLine.Length > 90 ? oneLine[..90] : oneLine;
        }));
    }
}

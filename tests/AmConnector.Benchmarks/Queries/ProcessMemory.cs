using System.Globalization;

namespace AmConnector.Benchmarks.Queries;

/// <summary>A server process's resident memory from /proc (Linux): now (VmRSS) and its peak since it started (VmHWM), in MiB.</summary>
internal static class ProcessMemory
{
    public static double? ResidentMiB(int pid) => Read(pid, "VmRSS:");

    public static double? PeakMiB(int pid) => Read(pid, "VmHWM:");

    private static double? Read(int pid, string field)
    {
        var path = $"/proc/{pid}/status";
        if (pid <= 0 || !File.Exists(path))
        {
            return null;
        }

        var line = File.ReadLines(path).FirstOrDefault(l => l.StartsWith(field, StringComparison.Ordinal));
        var kb = line?.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];
        return kb is null ? null : double.Parse(kb, CultureInfo.InvariantCulture) / 1024;
    }
}

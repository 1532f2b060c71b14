namespace AmConnector.Server.Cli;

/// <summary>Process exit codes of the CLI commands, documented in docs/import-export.md.</summary>
internal static class CliExitCode
{
    public const int Ok = 0;

    /// <summary>Rows were rejected and, without --skip-invalid, nothing was written.</summary>
    public const int Rejected = 1;

    /// <summary>The command line or the file as a whole is wrong (unknown command, missing file, not CSV, unknown column).</summary>
    public const int Usage = 2;

    /// <summary>The database refused the write (rolled back), or the command was cancelled with Ctrl+C.</summary>
    public const int Failed = 3;
}

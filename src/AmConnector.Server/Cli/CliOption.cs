namespace AmConnector.Server.Cli;

public enum CliOption
{
    /// <summary>Present or not: <c>--skip-invalid</c>.</summary>
    Switch,

    /// <summary>Followed by its value: <c>--report rejected.csv</c>.</summary>
    Value,
}

namespace AmConnector.IntegrationTests.Infrastructure;

/// <summary>
/// A test that needs a real SQL Server. It runs only where <see cref="Variable"/> holds a connection
/// string (the test creates and drops its own database there); elsewhere, CI included, it is skipped
/// and says so.
/// </summary>
public sealed class SqlServerFactAttribute : FactAttribute
{
    public const string Variable = "AMCONNECTOR_TEST_SQLSERVER";

    public SqlServerFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(ConnectionString))
        {
            Skip = $"Needs SQL Server: set {Variable} to a connection string (a login that may create databases).";
        }
    }

    public static string? ConnectionString => Environment.GetEnvironmentVariable(Variable);
}

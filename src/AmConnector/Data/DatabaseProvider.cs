namespace AmConnector.Data;

public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
}

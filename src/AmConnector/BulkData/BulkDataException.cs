namespace AmConnector.BulkData;

/// <summary>The file as a whole cannot be imported (not CSV, not UTF-8, an unknown or missing column): nothing was read into the database.</summary>
public sealed class BulkDataException : Exception
{
    public BulkDataException()
    {
    }

    public BulkDataException(string message)
        : base(message)
    {
    }

    public BulkDataException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

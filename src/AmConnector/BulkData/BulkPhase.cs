namespace AmConnector.BulkData;

public enum BulkPhase
{
    Validating,
    Writing,
}

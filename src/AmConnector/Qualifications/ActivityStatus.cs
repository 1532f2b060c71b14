namespace AmConnector.Qualifications;

public enum ActivityStatus
{
    Open,
    Done,
    Waived,
}

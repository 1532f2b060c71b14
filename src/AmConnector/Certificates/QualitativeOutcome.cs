namespace AmConnector.Certificates;

public enum QualitativeOutcome
{
    Conforms,
    Negative,
    NotDetected,
    Absent,
    Pass,
}

namespace AmConnector.Certificates;

public enum CoaVerdict
{
    NotEvaluated,
    Pass,
    OutOfSpecification,
}

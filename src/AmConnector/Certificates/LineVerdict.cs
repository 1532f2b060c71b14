namespace AmConnector.Certificates;

public enum LineVerdict
{
    NotEvaluated,
    Pass,
    Fail,
}

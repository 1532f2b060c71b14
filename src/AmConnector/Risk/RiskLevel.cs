namespace AmConnector.Risk;

public enum RiskLevel
{
    Low,
    Medium,
    High,
}

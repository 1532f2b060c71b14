namespace AmConnector.Certificates;

public enum SpecificationKind
{
    /// <summary>Free text that cannot be judged by a rule; reported, never silently passed.</summary>
    Text,
    Numeric,
    Qualitative,
}

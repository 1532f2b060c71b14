namespace AmConnector.Certificates.Evaluation;

/// <summary>
/// Whether a reported number is the value itself or only a limit on it ("&lt; 0.005" below a
/// detection limit). A limit passes a bound only when every value it allows would.
/// </summary>
internal enum Censoring
{
    None,
    Below,
    AtOrBelow,
    Above,
    AtOrAbove,
}

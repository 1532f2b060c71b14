namespace AmConnector.Client.Receiving.Events;

/// <summary>A CoA line outside its specification.</summary>
public sealed record FailingLine(int LineNumber, string TestName, string? Reason);

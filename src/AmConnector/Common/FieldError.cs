namespace AmConnector.Common;

/// <summary>One reason a write was refused, naming the field (RFC 9457 / OData error detail target).</summary>
public sealed record FieldError(string Field, string Message);

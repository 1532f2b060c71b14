namespace AmConnector.Client.Receiving.Events;

/// <summary><c>am.qualification.requalification-required</c>: a qualification must be done again.</summary>
public sealed record RequalificationRequired(Guid QualificationId, Guid MaterialId, string SupplierCode, string UseContext, string From, string Reason);

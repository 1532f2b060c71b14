namespace AmConnector.Client.Receiving.Events;

/// <summary>Which change notice (and which version of it) an event is about.</summary>
public sealed record NoticeReference(Guid NoticeId, string SupplierCode, string SupplierReference, int Version, string Title);

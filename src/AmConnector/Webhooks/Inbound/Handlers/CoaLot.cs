namespace AmConnector.Webhooks.Inbound.Handlers;

/// <summary>One lot an <c>am.coa.issued</c> covers.</summary>
internal sealed record CoaLot(string LotNumber, DateOnly? ManufacturedOn, DateOnly? ExpiresOn, DateOnly? RetestOn);

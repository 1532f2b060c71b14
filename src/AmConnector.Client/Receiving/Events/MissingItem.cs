namespace AmConnector.Client.Receiving.Events;

/// <summary>A data-package item the change's area and level require but the supplier did not send.</summary>
public sealed record MissingItem(string Code, string Description);

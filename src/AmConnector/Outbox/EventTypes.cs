namespace AmConnector.Outbox;

/// <summary>The outbound CloudEvent types of design.md; each has a JSON Schema in <c>contracts/events/</c>.</summary>
public static class EventTypes
{
    public const string ChangeNoticeReceived = Contracts.Events.HostEventTypes.ChangeNoticeReceived;
    public const string ChangeNoticeAssessed = Contracts.Events.HostEventTypes.ChangeNoticeAssessed;
    public const string LotStatusChanged = Contracts.Events.HostEventTypes.LotStatusChanged;
    public const string LotHoldChanged = Contracts.Events.HostEventTypes.LotHoldChanged;
    public const string RequalificationRequired = Contracts.Events.HostEventTypes.RequalificationRequired;
    public const string CoaReceived = Contracts.Events.HostEventTypes.CoaReceived;
    public const string CoaOutOfSpecification = Contracts.Events.HostEventTypes.CoaOutOfSpecification;
    public const string CertificateExpiring = Contracts.Events.HostEventTypes.CertificateExpiring;
    public const string RiskReclassified = Contracts.Events.HostEventTypes.RiskReclassified;
    public const string ChangeNoticeAcknowledged = Contracts.Events.HostEventTypes.ChangeNoticeAcknowledged;
    public const string ChangeNoticeInformationRequested = Contracts.Events.HostEventTypes.ChangeNoticeInformationRequested;

    /// <summary>An outbound webhook endpoint was disabled: gone (410) or failing for too long.</summary>
    public const string WebhookEndpointDisabled = Contracts.Events.HostEventTypes.WebhookEndpointDisabled;

    /// <summary>Sent to one endpoint on request, to check it receives and verifies; never fanned out.</summary>
    public const string WebhookTest = Contracts.Events.HostEventTypes.WebhookTest;

    /// <summary>Every type above, read from the constants so a new one is never forgotten.</summary>
    public static IReadOnlyList<string> All { get; } =
        [.. typeof(EventTypes).GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string)).Select(f => (string)f.GetRawConstantValue()!)];
}

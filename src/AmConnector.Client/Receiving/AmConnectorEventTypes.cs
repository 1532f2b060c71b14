namespace AmConnector.Client.Receiving;

/// <summary>The CloudEvent types AmConnector sends to webhook endpoints (contracts/events).</summary>
public static class AmConnectorEventTypes
{
    public const string LotStatusChanged = Contracts.Events.HostEventTypes.LotStatusChanged;
    public const string LotHoldChanged = Contracts.Events.HostEventTypes.LotHoldChanged;
    public const string ChangeNoticeReceived = Contracts.Events.HostEventTypes.ChangeNoticeReceived;
    public const string ChangeNoticeAssessed = Contracts.Events.HostEventTypes.ChangeNoticeAssessed;
    public const string ChangeNoticeAcknowledged = Contracts.Events.HostEventTypes.ChangeNoticeAcknowledged;
    public const string ChangeNoticeInformationRequested = Contracts.Events.HostEventTypes.ChangeNoticeInformationRequested;
    public const string CoaReceived = Contracts.Events.HostEventTypes.CoaReceived;
    public const string CoaOutOfSpecification = Contracts.Events.HostEventTypes.CoaOutOfSpecification;
    public const string CertificateExpiring = Contracts.Events.HostEventTypes.CertificateExpiring;
    public const string RequalificationRequired = Contracts.Events.HostEventTypes.RequalificationRequired;
    public const string RiskReclassified = Contracts.Events.HostEventTypes.RiskReclassified;
    public const string WebhookTest = Contracts.Events.HostEventTypes.WebhookTest;
    public const string WebhookEndpointDisabled = Contracts.Events.HostEventTypes.WebhookEndpointDisabled;
}

namespace AmConnector.Client.Receiving;

/// <summary>The CloudEvent types AmConnector sends to webhook endpoints (contracts/events).</summary>
public static class AmConnectorEventTypes
{
    public const string LotStatusChanged = "am.lot.status-changed";
    public const string LotHoldChanged = "am.lot.hold-changed";
    public const string ChangeNoticeReceived = "am.change-notice.received";
    public const string ChangeNoticeAssessed = "am.change-notice.assessed";
    public const string ChangeNoticeAcknowledged = "am.change-notice.acknowledged";
    public const string ChangeNoticeInformationRequested = "am.change-notice.information-requested";
    public const string CoaReceived = "am.coa.received";
    public const string CoaOutOfSpecification = "am.coa.out-of-specification";
    public const string CertificateExpiring = "am.certificate.expiring";
    public const string RequalificationRequired = "am.qualification.requalification-required";
    public const string RiskReclassified = "am.risk.reclassified";
    public const string WebhookTest = "am.webhook.test";
    public const string WebhookEndpointDisabled = "am.webhook.endpoint-disabled";
}

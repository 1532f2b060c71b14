namespace AmConnector.Contracts.Events;

/// <summary>
/// The CloudEvent types AmConnector sends to host systems' webhook endpoints, each with a JSON
/// Schema in <c>contracts/events/</c>. The one list the plugin and the SDK take the names from.
/// </summary>
public static class HostEventTypes
{
    public const string ChangeNoticeReceived = "am.change-notice.received";
    public const string ChangeNoticeAssessed = "am.change-notice.assessed";
    public const string LotStatusChanged = "am.lot.status-changed";
    public const string LotHoldChanged = "am.lot.hold-changed";
    public const string RequalificationRequired = "am.qualification.requalification-required";
    public const string CoaReceived = "am.coa.received";
    public const string CoaOutOfSpecification = "am.coa.out-of-specification";
    public const string CertificateExpiring = "am.certificate.expiring";
    public const string RiskReclassified = "am.risk.reclassified";
    public const string ChangeNoticeAcknowledged = "am.change-notice.acknowledged";
    public const string ChangeNoticeInformationRequested = "am.change-notice.information-requested";

    /// <summary>An outbound webhook endpoint was disabled: gone (410) or failing for too long.</summary>
    public const string WebhookEndpointDisabled = "am.webhook.endpoint-disabled";

    /// <summary>Sent to one endpoint on request, to check it receives and verifies; never fanned out.</summary>
    public const string WebhookTest = "am.webhook.test";
}

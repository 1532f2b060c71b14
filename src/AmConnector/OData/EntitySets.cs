namespace AmConnector.OData;

/// <summary>The entity-set names of the OData service: part of the public contract.</summary>
public static class EntitySets
{
    public const string Suppliers = nameof(Suppliers);
    public const string Materials = nameof(Materials);
    public const string Lots = nameof(Lots);
    public const string Certificates = nameof(Certificates);
    public const string RiskAssessments = nameof(RiskAssessments);
    public const string Qualifications = nameof(Qualifications);
    public const string ChangeNotices = nameof(ChangeNotices);

    /// <summary>The audit trail, read-only; not one of the master-data sets in <see cref="All"/>.</summary>
    public const string AuditEvents = nameof(AuditEvents);

    /// <summary>People's electronic signatures, read-only; not one of the master-data sets in <see cref="All"/>.</summary>
    public const string Signatures = nameof(Signatures);

    /// <summary>The outbound webhook delivery log, read-only; not one of the master-data sets in <see cref="All"/>.</summary>
    public const string WebhookDeliveries = nameof(WebhookDeliveries);

    public static IReadOnlyList<string> All { get; } =
        [Suppliers, Materials, Lots, Certificates, RiskAssessments, Qualifications, ChangeNotices];
}

using AmConnector.Certificates;
using AmConnector.ChangeNotices;
using AmConnector.Lots;
using AmConnector.Materials;
using AmConnector.Qualifications;
using AmConnector.Risk;
using AmConnector.Suppliers;
using Microsoft.OData.Edm;
using Microsoft.OData.ModelBuilder;

namespace AmConnector.OData;

/// <summary>
/// The OData v4 model served at <c>/odata</c>. Each feature contributes its entity set and its
/// contained parts; names are the PascalCase C# names of domain.md, in one namespace.
/// </summary>
internal static class AmConnectorEdmModel
{
    public const string Namespace = "AmConnector";

    private static readonly Lazy<IEdmModel> Model = new(Build);

    public static IEdmModel Instance => Model.Value;

    private static IEdmModel Build()
    {
        var builder = new ODataConventionModelBuilder { Namespace = Namespace, ContainerName = "AmConnectorContainer" };
        // The convention builder finds every AmEntity type; credentials are never part of the OData surface.
        builder.Ignore<Security.ApiKeys.ApiKey>();
        builder.Ignore<Webhooks.Inbound.SupplierWebhookSecret>();
        builder.Ignore<Webhooks.Outbound.WebhookEndpoint>();

        builder.EntitySet<Supplier>(EntitySets.Suppliers);

        var materials = builder.EntitySet<Material>(EntitySets.Materials);
        materials.EntityType.ContainsMany(m => m.Specifications);

        var lots = builder.EntitySet<Lot>(EntitySets.Lots);
        lots.EntityType.ContainsMany(l => l.Holds);

        var certificates = builder.EntitySet<Certificate>(EntitySets.Certificates);
        certificates.EntityType.ContainsMany(c => c.Results);

        var risk = builder.EntitySet<RiskAssessment>(EntitySets.RiskAssessments);
        risk.EntityType.ContainsMany(r => r.Hazards);

        var qualifications = builder.EntitySet<Qualification>(EntitySets.Qualifications);
        qualifications.EntityType.ContainsMany(q => q.Activities);
        qualifications.EntityType.ContainsMany(q => q.PerformanceTests);

        var notices = builder.EntitySet<ChangeNotice>(EntitySets.ChangeNotices);
        notices.EntityType.ContainsMany(n => n.Versions);
        AddChangeNoticeOperations(notices.EntityType);

        AddSignatures(builder);
        AddLotOperations(builder, lots.EntityType);
        AddAuditEvents(builder);
        builder.Action("VerifyAuditTrail").Returns<AuditTrail.AuditTrailVerification>();
        AddQualificationOperations(qualifications.EntityType);
        AddWebhookDeliveries(builder);
        var overrideTier = materials.EntityType.Action("OverrideTier").ReturnsFromEntitySet<Material>(EntitySets.Materials);
        overrideTier.Parameter<int?>("tier");
        overrideTier.Parameter<string>("reason").Required();
        overrideTier.Parameter<Signatures.SignatureMeaning?>("meaning").Optional();

        // Every CLR namespace (AmConnector.Lots, AmConnector.Materials, …) collapses into one EDM namespace.
        foreach (var type in builder.StructuralTypes)
        {
            type.Namespace = Namespace;
        }

        foreach (var type in builder.EnumTypes)
        {
            type.Namespace = Namespace;
        }

        // The revision is the optimistic-concurrency token: it becomes the ETag and If-Match compares it.
        builder.EntityType<Common.AmEntity>().Property(e => e.Revision).IsConcurrencyToken();

        var model = builder.GetEdmModel();
        model.MarkAsImmutable();
        return model;
    }

    /// <summary>
    /// The read-only Signatures set, and each signable record's <c>Signatures</c> navigation to it
    /// (<c>$expand=Signatures</c>), bound to it by convention. The per-type foreign keys stay out of the contract: EntityType and
    /// EntityKey name the record whatever its type.
    /// </summary>
    private static void AddSignatures(ODataConventionModelBuilder builder)
    {
        var signatures = builder.EntitySet<Signatures.Signature>(EntitySets.Signatures);
        signatures.EntityType.Ignore(s => s.LotId);
        signatures.EntityType.Ignore(s => s.QualificationId);
        signatures.EntityType.Ignore(s => s.MaterialId);
        signatures.EntityType.Ignore(s => s.ChangeNoticeId);
    }

    /// <summary>
    /// The read-only AuditEvents set, and each GMP record's <c>AuditHistory</c> navigation to it
    /// (<c>$expand=AuditHistory</c>, <c>audit.read</c>), bound to it by convention. As for signatures, the
    /// per-type link columns stay out of the contract: EntityType and EntityKey name the record.
    /// </summary>
    private static void AddAuditEvents(ODataConventionModelBuilder builder)
    {
        var audit = builder.EntitySet<AuditTrail.AuditEvent>(EntitySets.AuditEvents).EntityType;
        audit.HasKey(e => e.Sequence);
        audit.Ignore(e => e.SupplierId);
        audit.Ignore(e => e.MaterialId);
        audit.Ignore(e => e.LotId);
        audit.Ignore(e => e.CertificateId);
        audit.Ignore(e => e.RiskAssessmentId);
        audit.Ignore(e => e.QualificationId);
        audit.Ignore(e => e.ChangeNoticeId);
    }

    /// <summary>Lot lifecycle actions and the usability check. Parameters are camelCase, properties PascalCase.</summary>
    private static void AddLotOperations(ODataConventionModelBuilder builder, EntityTypeConfiguration<Lot> lot)
    {
        lot.Function("Usability").Returns<Lots.Usability.LotUsability>().Parameter<string>("use").Optional();

        var release = lot.Action("Release").ReturnsFromEntitySet<Lot>(EntitySets.Lots);
        release.Parameter<string>("reason").Required();
        release.Parameter<string>("conditions").Optional();
        release.Parameter<Signatures.SignatureMeaning?>("meaning").Optional();
        foreach (var name in new[] { "Reject", "Recall", "MarkConsumed", "PlaceHold" })
        {
            lot.Action(name).ReturnsFromEntitySet<Lot>(EntitySets.Lots).Parameter<string>("reason").Required();
        }

        var lift = lot.Action("LiftHold").ReturnsFromEntitySet<Lot>(EntitySets.Lots);
        lift.Parameter<Guid>("holdId").Required();
        lift.Parameter<string>("reason").Required();

        var check = builder.Action("CheckUsability").ReturnsCollection<Lots.Usability.LotUsability>();
        check.CollectionParameter<Lots.Usability.LotKey>("lots").Required();
        check.Parameter<string>("use").Optional();
    }

    /// <summary>The user-side change-notice lifecycle (domain.md §4.3); QA's, <c>notices.assess</c>.</summary>
    private static void AddChangeNoticeOperations(EntityTypeConfiguration<ChangeNotice> notice)
    {
        foreach (var name in new[] { "Triage", "StartAssessment", "MarkImplemented", "Close" })
        {
            notice.Action(name).ReturnsFromEntitySet<ChangeNotice>(EntitySets.ChangeNotices).Parameter<string>("reason").Optional();
        }

        var decide = notice.Action("Decide").ReturnsFromEntitySet<ChangeNotice>(EntitySets.ChangeNotices);
        decide.Parameter<string>("decision").Required();
        decide.Parameter<string>("impact").Required();
        decide.CollectionParameter<string>("actions").Optional();
        decide.Parameter<string>("reason").Required();
        decide.Parameter<Signatures.SignatureMeaning?>("meaning").Optional();

        var request = notice.Action("RequestInformation").ReturnsFromEntitySet<ChangeNotice>(EntitySets.ChangeNotices);
        request.CollectionParameter<string>("items").Required();
        request.Parameter<string>("message").Required();
    }

    /// <summary>The delivery log for BI, read-only; lease bookkeeping stays out of it.</summary>
    private static void AddWebhookDeliveries(ODataConventionModelBuilder builder)
    {
        var deliveries = builder.EntitySet<Webhooks.Outbound.WebhookDelivery>(EntitySets.WebhookDeliveries).EntityType;
        deliveries.Ignore(d => d.LeaseOwner);
        deliveries.Ignore(d => d.LeaseExpiresAt);
        deliveries.ContainsMany(d => d.Attempts);
    }

    private static void AddQualificationOperations(EntityTypeConfiguration<Qualification> qualification)
    {
        foreach (var name in new[] { "Start", "RequireRequalification", "Disqualify", "Retire" })
        {
            qualification.Action(name).ReturnsFromEntitySet<Qualification>(EntitySets.Qualifications).Parameter<string>("reason").Required();
        }

        var complete = qualification.Action("Complete").ReturnsFromEntitySet<Qualification>(EntitySets.Qualifications);
        complete.Parameter<string>("outcome").Required();
        complete.Parameter<string>("reason").Required();
        complete.Parameter<string>("conditions").Optional();
        complete.Parameter<Signatures.SignatureMeaning?>("meaning").Optional();

        var done = qualification.Action("CompleteActivity").ReturnsFromEntitySet<Qualification>(EntitySets.Qualifications);
        done.Parameter<Guid>("activityId").Required();
        done.Parameter<string>("evidence").Required();

        var waive = qualification.Action("WaiveActivity").ReturnsFromEntitySet<Qualification>(EntitySets.Qualifications);
        waive.Parameter<Guid>("activityId").Required();
        waive.Parameter<string>("reason").Required();
    }
}

namespace AmConnector.IntegrationTests.Hostile;

public static partial class HostileCases
{
    /// <summary>Every write endpoint that reads a body, each with a body it would accept.</summary>
    internal static IReadOnlyList<HostileBodyTarget> BodyTargets { get; } =
    [
        Post("Suppliers", (_, t) => $$$"""{"Code":"H{{{t}}}","Name":"Hostile Reagents","Country":"GB","Approval":"Pending","QualityAgreement":{"Level1NoticeDays":120}}"""),
        Post("Materials", (_, t) => $$$"""{"SupplierCode":"NWB","CatalogueNumber":"H-{{{t}}}","Name":"Recombinant albumin","Category":"Supplement","Origin":"RecombinantMicrobial","AnimalOriginStatus":"AnimalComponentFree","Grade":"Gmp","ShelfLifeMonths":24}"""),
        Post("Lots", (c, t) => $$$"""{"MaterialId":"{{{c.Key("Materials")}}}","LotNumber":"H-{{{t}}}","ManufacturedOn":"2026-01-10","ExpiresOn":"2028-01-10","Quantity":500,"QuantityUnit":"mL"}"""),
        Post("Certificates", (c, t) => $$$"""{"Type":"CertificateOfAnalysis","MaterialId":"{{{c.Key("Materials")}}}","DocumentNumber":"COA-{{{t}}}","IssuedOn":"2026-11-01","Results":[{"TestName":"Endotoxin","Method":"USP <85>","Specification":{"Kind":"Numeric","Upper":10,"Unit":"[EU]/mL"},"ReportedValue":2.1,"ReportedUnit":"[EU]/mL"}]}"""),
        Post("RiskAssessments", (c, t) => $$$"""{"MaterialId":"{{{c.Key("Materials")}}}","UseContext":"T-cell {{{t}}}","Hazards":[{"Category":"AdventitiousAgent","Probability":3,"Severity":5,"Description":"Bovine viruses"}]}"""),
        Post("Qualifications", (c, t) => $$$"""{"MaterialId":"{{{c.Key("Materials")}}}","UseContext":"T-cell {{{t}}}"}"""),
        Post("ChangeNotices", (_, t) => $$$"""{"SupplierCode":"NWB","SupplierReference":"SCN-{{{t}}}","Area":"Process","Level":"Level1","Title":"New filter supplier","NotifiedAt":"2026-11-28T09:00:00Z","PlannedImplementationOn":"2027-06-01","AffectedCatalogueNumbers":["NB-FBS-500"]}"""),
        Patch("Suppliers", (_, t) => $$$"""{"Name":"Hostile {{{t}}}","LastAuditOn":"2026-01-15","QualityAgreement":{"Level1NoticeDays":90}}"""),
        Patch("Materials", (_, t) => $$$"""{"Name":"Hostile {{{t}}}","ShelfLifeMonths":24,"IntendedAsAncillaryMaterial":true}"""),
        Patch("Lots", (_, _) => $$$"""{"Quantity":250,"QuantityUnit":"mL","ExpiresOn":"2029-01-01"}"""),
        Patch("Certificates", (_, t) => $$$"""{"DocumentNumber":"COA-{{{t}}}","IssuedOn":"2026-10-01","Signatory":"Q. Person"}"""),
        Patch("RiskAssessments", (_, t) => $$$"""{"Assessor":"QA {{{t}}}","AssessedAt":"2026-11-01T10:00:00Z","Summary":"Reviewed"}"""),
        Patch("Qualifications", (_, t) => $$$"""{"NextReviewDue":"2027-11-01","Conditions":"None {{{t}}}"}"""),
        Patch("ChangeNotices", (_, t) => $$$"""{"Title":"Hostile {{{t}}}","Description":"d","ContactEmail":"qa@example.com"}"""),
        Action("Lots", "PlaceHold", (_, t) => $$$"""{"reason":"Deviation DEV-{{{t}}}"}"""),
        Action("Lots", "LiftHold", (_, t) => $$$"""{"holdId":"00000000-0000-0000-0000-0000{{{t}}}","reason":"Closed"}"""),
        Action("Lots", "Release", (_, t) => $$$"""{"reason":"CoA in specification {{{t}}}","conditions":"none","meaning":"Approval"}"""),
        Action("Materials", "OverrideTier", (_, t) => $$$"""{"tier":2,"reason":"QA decision {{{t}}}"}"""),
        Action("Qualifications", "CompleteActivity", (_, t) => $$$"""{"activityId":"00000000-0000-0000-0000-0000{{{t}}}","evidence":"REP-1"}"""),
        Action("ChangeNotices", "Decide", (_, t) => $$$"""{"decision":"AcceptedWithActions","impact":"Medium","actions":["RequireRequalification"],"reason":"Comparability {{{t}}}"}"""),
        Action("ChangeNotices", "RequestInformation", (_, t) => $$$"""{"items":["comparability-data"],"message":"Please send {{{t}}}"}"""),
        new("POST odata/CheckUsability", "POST", _ => "/odata/CheckUsability", HostileCaller.Writer,
            (_, t) => $$$"""{"use":"T-cell expansion","lots":[{"SupplierCode":"NWB","CatalogueNumber":"NB-FBS-500","LotNumber":"FB-{{{t}}}"}]}"""),
        new("POST odata/$batch", "POST", _ => "/odata/$batch", HostileCaller.Writer,
            (_, t) => $$$"""{"requests":[{"id":"1","method":"GET","url":"Suppliers?$top=1"},{"id":"2","method":"GET","url":"Lots?$filter=LotNumber eq '{{{t}}}'"}]}"""),
        new("POST api/webhooks/endpoints", "POST", _ => "/api/webhooks/endpoints", HostileCaller.WebhooksManager,
            (_, t) => $$$"""{"url":"https://203.0.113.10/hooks/{{{t}}}","description":"Host QMS","eventTypes":["am.lot.status-changed"],"supplierCodes":[],"catalogueNumbers":[]}""",
            OData: false),
        new("PUT api/webhooks/endpoints/{id}", "PUT", c => $"/api/webhooks/endpoints/{c.Key("WebhookEndpoints")}", HostileCaller.WebhooksManager,
            (_, t) => $$$"""{"url":"https://203.0.113.10/hooks/{{{t}}}","description":"Host QMS","eventTypes":["am.lot.status-changed"],"supplierCodes":[],"catalogueNumbers":[]}""",
            OData: false),
        new("POST webhooks/suppliers/NWB/events", "POST", _ => $"/webhooks/suppliers/{HostileContext.SupplierCode}/events", HostileCaller.Anonymous,
            (c, t) => $$$"""{"specversion":"1.0","id":"ce-{{{c.RunId}}}-{{{t}}}","source":"urn:supplier:NWB:publisher","type":"am.test","time":"2026-11-28T09:00:00Z","datacontenttype":"application/json","data":{"message":"hostile"}}""",
            ContentType: "application/cloudevents+json", Signed: true, OData: false),
    ];

    private static HostileBodyTarget Post(string set, Func<HostileContext, string, string> template) =>
        new($"POST odata/{set}", "POST", _ => $"/odata/{set}", HostileCaller.Writer, template) { Headers = [Reason] };

    private static HostileBodyTarget Patch(string set, Func<HostileContext, string, string> template) =>
        new($"PATCH odata/{set}(key)", "PATCH", c => $"/odata/{set}({c.Key(set)})", HostileCaller.Writer, template) { Headers = [Reason, IfMatchAny] };

    private static HostileBodyTarget Action(string set, string action, Func<HostileContext, string, string> template) =>
        new($"POST odata/{set}(key)/{action}", "POST", c => $"/odata/{set}({c.Key(set)})/AmConnector.{action}", HostileCaller.Writer, template) { Headers = [Reason] };

    /// <summary>A context with placeholder values of the real lengths, for computing byte positions before a run.</summary>
    internal static HostileContext Dummy { get; } = new()
    {
        Secret = "whsec_" + Convert.ToBase64String(new byte[32]),
        RunId = "00000000",
        Keys = new Dictionary<string, Guid>(StringComparer.Ordinal)
        {
            ["Suppliers"] = Guid.Empty, ["Materials"] = Guid.Empty, ["Lots"] = Guid.Empty, ["Certificates"] = Guid.Empty,
            ["RiskAssessments"] = Guid.Empty, ["Qualifications"] = Guid.Empty, ["ChangeNotices"] = Guid.Empty, ["WebhookEndpoints"] = Guid.Empty,
        },
    };
}

namespace AmConnector.ChangeNotices;

/// <summary>
/// The data-package items of domain.md §5.4 and how each is recognised. Document items are named by
/// the supplier in <c>SupportingDocuments[].Kind</c>: the item's code (e.g. <c>comparability-data</c>)
/// or one of the listed synonyms, compared without case, spaces or punctuation.
/// </summary>
internal static class DataPackageItems
{
    public const string AffectedCatalogueNumbers = "affected-catalogue-numbers";
    public const string Description = "description";
    public const string Rationale = "rationale";
    public const string PlannedImplementationDate = "planned-implementation-date";
    public const string Contact = "contact";
    public const string ComparabilityData = "comparability-data";
    public const string RiskAssessmentSummary = "risk-assessment-summary";
    public const string FirstAffectedLotOrDate = "first-affected-lot-or-date";
    public const string CertificateOfOrigin = "certificate-of-origin";
    public const string TseBseStatement = "tse-bse-statement";
    public const string OldAndNewSpecification = "old-and-new-specification";
    public const string Justification = "justification";
    public const string LastOrderDate = "last-order-date";
    public const string LastShipDate = "last-ship-date";
    public const string ProposedAlternative = "proposed-alternative";
    public const string StabilityOrPerformanceData = "stability-or-performance-data";

    public static IReadOnlyDictionary<string, DataPackageItem> All { get; } = new DataPackageItem[]
    {
        new(AffectedCatalogueNumbers, "the affected catalogue numbers", (n, _) => n.AffectedCatalogueNumbers.Any(c => !string.IsNullOrWhiteSpace(c))),
        new(Description, "a description of the change", (n, _) => Given(n.Description)),
        new(Rationale, "the rationale for the change", (n, _) => Given(n.Rationale)),
        new(PlannedImplementationDate, "the planned implementation date", (n, _) => n.PlannedImplementationOn is not null),
        new(Contact, "a contact for the notice (name or e-mail)", (n, _) => Given(n.ContactName) || Given(n.ContactEmail)),
        new(ComparabilityData, "comparability data (before/after results)", (_, c) => c.HasDocument(ComparabilityData, "comparability", "comparability-report")),
        new(RiskAssessmentSummary, "a risk assessment summary", (_, c) => c.HasDocument(RiskAssessmentSummary, "risk-assessment")),
        new(FirstAffectedLotOrDate, "the first affected lot or date", (n, _) => Given(n.FirstAffectedLotOrDate)),
        new(CertificateOfOrigin, "an updated certificate of origin", (_, c) => c.HasDocument(CertificateOfOrigin, "CertificateOfOrigin")),
        new(TseBseStatement, "a TSE/BSE statement (animal or human origin)", (_, c) => c.HasDocument(TseBseStatement, "TseBseStatement", "tse-bse"))
        {
            Applies = c => c.AnimalOrHumanOrigin,
        },
        new(OldAndNewSpecification, "the old and new specification or method", (n, c) =>
            c.HasDocument(OldAndNewSpecification, "specification", "test-method", "method") || (Given(n.CurrentState) && Given(n.ProposedState))),
        new(Justification, "a justification of the new specification or method", (n, c) => c.HasDocument(Justification) || Given(n.Rationale)),
        new(LastOrderDate, "the last order date", (n, _) => n.LastOrderOn is not null),
        new(LastShipDate, "the last ship date", (n, _) => n.LastShipOn is not null),
        new(ProposedAlternative, "a proposed alternative, or a statement that there is none", (n, _) => Given(n.ProposedAlternative)),
        new(StabilityOrPerformanceData, "stability or performance data, or a statement why none is needed", (_, c) =>
            c.HasDocument(StabilityOrPerformanceData, "stability-data", "performance-data", "stability", "performance", "stability-statement")),
    }.ToDictionary(i => i.Code, StringComparer.Ordinal);

    private static bool Given(string? value) => !string.IsNullOrWhiteSpace(value);
}

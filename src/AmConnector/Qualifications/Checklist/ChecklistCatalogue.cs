using static AmConnector.Qualifications.QualificationActivityKind;

namespace AmConnector.Qualifications.Checklist;

/// <summary>
/// Every qualification activity of domain.md §5.1 with the tier it starts at, in the domain's
/// order (all tiers, then tier ≥ 2, ≥ 3, 4), so a checklist reads from the basics to the extra
/// controls a riskier material needs.
/// </summary>
internal static class ChecklistCatalogue
{
    public static IReadOnlyList<ChecklistItem> All { get; } =
    [
        // every tier
        new(CoaOnFile, 1, "Supplier's certificate of analysis on file for each lot and reviewed against the supplier's specification."),
        new(DmfReference, 1, "Supplier's Drug Master File referenced, with its letter of authorisation on file."),
        new(LotToLotPerformance, 1, "Lot-to-lot consistency shown by performance tests in the user's process (ISO 20399 §9)."),
        new(RemovalFromProduct, 1, "Removal from the final product shown, or the residual level justified as safe."),
        new(Stability, 1, "Stability under the user's storage and in-use conditions supports the expiry or retest date."),

        // tier ≥ 2: the supplier's word is no longer enough on its own
        new(ConfirmCoaTestsInHouse, 2, "Key CoA tests, identity at least, repeated in-house to confirm the supplier's results."),
        new(SupplierAudit, 2, "Supplier's quality system audited (on site or by questionnaire) and found acceptable."),

        // tier ≥ 3: not made for this use, so the user sets and tests its own controls
        new(InternalSpecification, 3, "User's own acceptance specification for the material approved and in force."),
        new(CompatibilityCytotoxicity, 3, "Compatibility with the process and absence of cytotoxicity to the cells shown."),
        new(AdventitiousAgentTesting, 3, "Adventitious-agent testing (sterility, mycoplasma, viruses, endotoxin) beyond the supplier's CoA."),
        new(PlanToMoveToGmpGrade, 3, "Plan to replace it with a GMP-grade material made for use as an ancillary material, or a justification why not."),

        // tier 4: human or animal source, or research grade
        new(TraceabilityAndCountryOfOrigin, 4,
            "Traceability to the source donors or animals and their countries of origin, with the certificate of origin and TSE/BSE statement on file."),
    ];
}

namespace AmConnector.Qualifications;

/// <summary>Qualification activities required by USP &lt;1043&gt; tier (domain.md §5.1), cumulative by tier.</summary>
public enum QualificationActivityKind
{
    // every tier
    CoaOnFile,
    DmfReference,
    LotToLotPerformance,
    RemovalFromProduct,
    Stability,

    // tier ≥ 2
    ConfirmCoaTestsInHouse,
    SupplierAudit,

    // tier ≥ 3
    InternalSpecification,
    CompatibilityCytotoxicity,
    AdventitiousAgentTesting,
    PlanToMoveToGmpGrade,

    // tier 4
    TraceabilityAndCountryOfOrigin,
}

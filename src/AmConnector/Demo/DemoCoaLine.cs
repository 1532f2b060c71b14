using AmConnector.Certificates;

namespace AmConnector.Demo;

/// <summary>One test of a supplier's CoA: its specification and the typical result a good lot shows.</summary>
internal sealed record DemoCoaLine(string Test, string Method, SpecificationLimit Specification, string TypicalResult)
{
    public static DemoCoaLine Numeric(string test, string method, SpecificationLimit specification, decimal typical) =>
        new(test, method, specification, DemoSpecs.Number(typical));

    public static DemoCoaLine Qualitative(string test, string method, QualitativeOutcome expected) =>
        new(test, method, DemoSpecs.Expect(expected), DemoSpecs.Words(expected));
}

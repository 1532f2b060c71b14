using AmConnector.Certificates;
using AmConnector.Materials;

namespace AmConnector.Tests.Certificates;

/// <summary>Builders for CoA lines and specifications in the evaluation tests.</summary>
internal static class CoaLines
{
    public static SpecificationLimit Numeric(decimal? lower, bool lowerInclusive, decimal? upper, bool upperInclusive, string? unit) => new()
    {
        Kind = SpecificationKind.Numeric,
        Lower = lower,
        LowerInclusive = lowerInclusive,
        Upper = upper,
        UpperInclusive = upperInclusive,
        Unit = unit,
    };

    public static SpecificationLimit AtMost(decimal upper, string? unit) => Numeric(null, true, upper, true, unit);

    public static SpecificationLimit Expect(QualitativeOutcome outcome) => new() { Kind = SpecificationKind.Qualitative, Expected = outcome };

    public static SpecificationLimit Text(string? text) => new() { Kind = SpecificationKind.Text, Text = text };

    public static CoaResult Line(string test, SpecificationLimit specification, decimal? value = null, string? unit = null, string? printed = null, int number = 1, string? method = null) => new()
    {
        LineNumber = number,
        TestName = test,
        Method = method,
        Specification = specification,
        ReportedValue = value,
        ReportedUnit = unit,
        ReportedResult = printed,
    };

    public static MaterialSpecification User(Guid materialId, string test, SpecificationLimit limit, string? use = null, string? method = null) => new()
    {
        MaterialId = materialId,
        TestName = test,
        Method = method,
        Use = use,
        Limit = limit,
    };
}

using AmConnector.Certificates;
using AmConnector.Certificates.Evaluation;
using AmConnector.Materials;
using static AmConnector.Tests.Certificates.CoaLines;

namespace AmConnector.Tests.Certificates;

public sealed class CoaLineEvaluatorTests
{
    private static readonly Guid MaterialId = Guid.CreateVersion7();

    /// <summary>lower, lower inclusive, upper, upper inclusive, reported value, passes.</summary>
    public static TheoryData<decimal?, bool, decimal?, bool, decimal, bool> Bounds => new()
    {
        { null, true, 10m, true, 9.99m, true },      // ≤ 10
        { null, true, 10m, true, 10m, true },
        { null, true, 10m, true, 10.01m, false },
        { null, true, 10m, false, 9.99m, true },     // < 10
        { null, true, 10m, false, 10m, false },
        { 5m, true, null, true, 5m, true },          // ≥ 5
        { 5m, true, null, true, 4.99m, false },
        { 5m, false, null, true, 5m, false },        // > 5
        { 5m, false, null, true, 5.01m, true },
        { 7.0m, true, 7.4m, true, 7.0m, true },      // [7.0, 7.4]
        { 7.0m, true, 7.4m, true, 7.4m, true },
        { 7.0m, true, 7.4m, true, 7.2m, true },
        { 7.0m, true, 7.4m, true, 6.99m, false },
        { 7.0m, true, 7.4m, true, 7.41m, false },
        { 7.0m, false, 7.4m, true, 7.0m, false },    // (7.0, 7.4]
        { 7.0m, false, 7.4m, true, 7.4m, true },
        { 7.0m, true, 7.4m, false, 7.0m, true },     // [7.0, 7.4)
        { 7.0m, true, 7.4m, false, 7.4m, false },
        { 7.0m, false, 7.4m, false, 7.0m, false },   // (7.0, 7.4)
        { 7.0m, false, 7.4m, false, 7.4m, false },
        { 7.0m, false, 7.4m, false, 7.2m, true },
    };

    /// <summary>A result printed as a limit ("&lt; 0.005") passes only when every value it allows would.</summary>
    public static TheoryData<string, decimal, decimal?, bool, decimal?, bool, bool> Censored => new()
    {
        { "< 0.005", 0.005m, null, true, 0.5m, true, true },
        { "< 0.005", 0.005m, 0.001m, true, null, true, false },
        { "< 0.005 EU/mL", 0.005m, 0.001m, true, null, true, false },
        { "<0.5", 0.5m, null, true, 0.5m, false, true },
        { "≤ 0.5", 0.5m, null, true, 0.5m, false, false },
        { "> 100", 100m, 100m, false, null, true, true },
        { "> 100", 100m, null, true, 200m, true, false },
    };

    [Theory]
    [MemberData(nameof(Bounds))]
    public void Evaluate_NumericResultAgainstBounds_PassesOnlyInsideThem(decimal? lower, bool lowerInclusive, decimal? upper, bool upperInclusive, decimal value, bool passes)
    {
        var line = Line("Osmolality", Numeric(lower, lowerInclusive, upper, upperInclusive, "mosm/kg"), value, "mosm/kg");

        var evaluation = CoaLineEvaluator.Evaluate(line, []);

        Assert.Equal(passes ? LineVerdict.Pass : LineVerdict.Fail, evaluation.Verdict);
        Assert.False(evaluation.NeedsReview);
    }

    [Theory]
    [MemberData(nameof(Censored))]
    public void Evaluate_CensoredResult_PassesOnlyWhenEveryAllowedValueWould(string printed, decimal value, decimal? lower, bool lowerInclusive, decimal? upper, bool upperInclusive, bool passes)
    {
        var line = Line("Endotoxin", Numeric(lower, lowerInclusive, upper, upperInclusive, "[EU]/mL"), value, "[EU]/mL", printed);

        Assert.Equal(passes ? LineVerdict.Pass : LineVerdict.Fail, CoaLineEvaluator.Evaluate(line, []).Verdict);
    }

    [Fact]
    public void Evaluate_ResultInConvertibleUnit_ConvertsAndShowsBothUnits()
    {
        var line = Line("Endotoxin", AtMost(0.5m, "[EU]/mL"), 250m, "[EU]/L");

        var evaluation = CoaLineEvaluator.Evaluate(line, []);

        Assert.Equal(LineVerdict.Pass, evaluation.Verdict);
        Assert.Equal("Meets supplier specification ≤ 0.5 [EU]/mL: 250 [EU]/L (= 0.25 [EU]/mL) is within it.", evaluation.Reason);
    }

    [Fact]
    public void Evaluate_ResultInConvertibleUnitOutsideLimit_Fails()
    {
        var line = Line("Glucose", Numeric(4m, true, 5m, true, "g/L"), 550m, "mg/dL");

        var evaluation = CoaLineEvaluator.Evaluate(line, []);

        Assert.Equal(LineVerdict.Fail, evaluation.Verdict);
        Assert.Contains("550 mg/dL (= 5.5 g/L) is above the upper limit", evaluation.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("mg", "mL", "incommensurable")]
    [InlineData("foo", "mg", "unknown UCUM atom 'foo'")]
    [InlineData(null, "mg/mL", "without a unit")]
    public void Evaluate_UnconvertibleUnit_FailsWithReason(string? reportedUnit, string specUnit, string reason)
    {
        var line = Line("Protein", AtMost(10m, specUnit), 1m, reportedUnit);

        var evaluation = CoaLineEvaluator.Evaluate(line, []);

        Assert.Equal(LineVerdict.Fail, evaluation.Verdict);
        Assert.Contains("cannot be compared", evaluation.Reason, StringComparison.Ordinal);
        Assert.Contains(reason, evaluation.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "no result is reported")]
    [InlineData("  ", "no result is reported")]
    [InlineData("Not detected", "the reported result 'Not detected' is not a number")]
    [InlineData("1,5", "the reported result '1,5' is not a number")]
    public void Evaluate_NumericSpecWithoutNumber_Fails(string? printed, string reason)
    {
        var line = Line("Endotoxin", AtMost(0.5m, "[EU]/mL"), null, "[EU]/mL", printed);

        var evaluation = CoaLineEvaluator.Evaluate(line, []);

        Assert.Equal(LineVerdict.Fail, evaluation.Verdict);
        Assert.Contains(reason, evaluation.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_NumericSpecWithNumberOnlyAsText_ReadsTheText()
    {
        var line = Line("Endotoxin", AtMost(0.5m, "[EU]/mL"), null, "[EU]/mL", "0.25");

        Assert.Equal(LineVerdict.Pass, CoaLineEvaluator.Evaluate(line, []).Verdict);
    }

    [Theory]
    [InlineData(QualitativeOutcome.NotDetected, "Not detected")]
    [InlineData(QualitativeOutcome.NotDetected, "ND")]
    [InlineData(QualitativeOutcome.NotDetected, "Negative")]
    [InlineData(QualitativeOutcome.Negative, "Not detected")]
    [InlineData(QualitativeOutcome.Absent, "absent")]
    [InlineData(QualitativeOutcome.Conforms, "Complies")]
    [InlineData(QualitativeOutcome.Pass, "Passes")]
    [InlineData(QualitativeOutcome.Conforms, "Pass")]
    public void Evaluate_QualitativeResultMeetingExpected_Passes(QualitativeOutcome expected, string printed)
    {
        var line = Line("Mycoplasma", Expect(expected), printed: printed);

        Assert.Equal(LineVerdict.Pass, CoaLineEvaluator.Evaluate(line, []).Verdict);
    }

    [Theory]
    [InlineData(QualitativeOutcome.NotDetected, "Detected", "'Detected' is a failing outcome")]
    [InlineData(QualitativeOutcome.Negative, "Positive", "'Positive' is a failing outcome")]
    [InlineData(QualitativeOutcome.Pass, "Fails", "'Fails' is a failing outcome")]
    [InlineData(QualitativeOutcome.NotDetected, "Conforms", "'Conforms' states Conforms, not Not detected")]
    [InlineData(QualitativeOutcome.Conforms, "Negative", "'Negative' states Negative, not Conforms")]
    [InlineData(QualitativeOutcome.NotDetected, "Cloudy", "'Cloudy' is not a recognised outcome")]
    [InlineData(QualitativeOutcome.NotDetected, "0.05", "'0.05' is a number, not an outcome")]
    [InlineData(QualitativeOutcome.NotDetected, null, "no result is reported")]
    public void Evaluate_QualitativeResultNotMeetingExpected_FailsWithReason(QualitativeOutcome expected, string? printed, string reason)
    {
        var line = Line("Mycoplasma", Expect(expected), printed: printed);

        var evaluation = CoaLineEvaluator.Evaluate(line, []);

        Assert.Equal(LineVerdict.Fail, evaluation.Verdict);
        Assert.Contains(reason, evaluation.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_QualitativeSpecWithNumericValueOnly_FailsAsWrongKind()
    {
        var line = Line("Sterility", Expect(QualitativeOutcome.Negative), 0m, "{CFU}");

        var evaluation = CoaLineEvaluator.Evaluate(line, []);

        Assert.Equal(LineVerdict.Fail, evaluation.Verdict);
        Assert.Contains("a number (0) is reported where an outcome is expected", evaluation.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_TextOnlySpec_FailsAndNeedsReview()
    {
        var line = Line("Appearance", Text("Clear, colourless solution"), printed: "Clear, colourless solution");

        var evaluation = CoaLineEvaluator.Evaluate(line, []);

        Assert.Equal(LineVerdict.Fail, evaluation.Verdict);
        Assert.True(evaluation.NeedsReview);
        Assert.StartsWith("Needs review: supplier specification 'Clear, colourless solution'", evaluation.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_NoSpecificationAtAll_FailsAndNeedsReview()
    {
        var line = Line("Appearance", new SpecificationLimit(), printed: "Clear");

        var evaluation = CoaLineEvaluator.Evaluate(line, []);

        Assert.Equal(LineVerdict.Fail, evaluation.Verdict);
        Assert.True(evaluation.NeedsReview);
        Assert.Contains("no specification to judge the result against", evaluation.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_NoSupplierSpecButUserSpec_IsJudgedOnTheUserSpecAlone()
    {
        var line = Line("Endotoxin", new SpecificationLimit(), 0.1m, "[EU]/mL");

        var evaluation = CoaLineEvaluator.Evaluate(line, [User(MaterialId, "Endotoxin", AtMost(0.25m, "[EU]/mL"))]);

        Assert.Equal(LineVerdict.Pass, evaluation.Verdict);
        Assert.Equal("Meets user specification ≤ 0.25 [EU]/mL: 0.1 [EU]/mL is within it.", evaluation.Reason);
    }

    /// <summary>supplier upper, user upper, reported, verdict, expected reason.</summary>
    public static TheoryData<decimal, decimal, decimal, LineVerdict, string> StricterWins => new()
    {
        {
            10m, 5m, 8m, LineVerdict.Fail,
            "Fails: user specification ≤ 5 [EU]/mL: 8 [EU]/mL is above the upper limit. Meets supplier specification ≤ 10 [EU]/mL: 8 [EU]/mL is within it."
        },
        {
            5m, 10m, 8m, LineVerdict.Fail,
            "Fails: supplier specification ≤ 5 [EU]/mL: 8 [EU]/mL is above the upper limit. Meets user specification ≤ 10 [EU]/mL: 8 [EU]/mL is within it."
        },
        {
            10m, 5m, 12m, LineVerdict.Fail,
            "Fails: supplier specification ≤ 10 [EU]/mL: 12 [EU]/mL is above the upper limit; user specification ≤ 5 [EU]/mL: 12 [EU]/mL is above the upper limit."
        },
        {
            10m, 5m, 3m, LineVerdict.Pass,
            "Meets supplier specification ≤ 10 [EU]/mL: 3 [EU]/mL is within it; user specification ≤ 5 [EU]/mL: 3 [EU]/mL is within it."
        },
    };

    [Theory]
    [MemberData(nameof(StricterWins))]
    public void Evaluate_SupplierAndUserSpecs_StricterWinsAndReasonNamesFailingSpec(decimal supplierUpper, decimal userUpper, decimal reported, LineVerdict verdict, string reason)
    {
        var line = Line("Endotoxin", AtMost(supplierUpper, "[EU]/mL"), reported, "[EU]/mL");

        var evaluation = CoaLineEvaluator.Evaluate(line, [User(MaterialId, "Endotoxin", AtMost(userUpper, "[EU]/mL"))]);

        Assert.Equal(verdict, evaluation.Verdict);
        Assert.Equal(reason, evaluation.Reason);
    }

    [Fact]
    public void Evaluate_UserSpecInOtherUnit_ConvertsForTheUserSpec()
    {
        var line = Line("Endotoxin", AtMost(10m, "[EU]/mL"), 8m, "[EU]/mL");

        var evaluation = CoaLineEvaluator.Evaluate(line, [User(MaterialId, "Endotoxin", AtMost(5000m, "[EU]/L"))]);

        Assert.Equal(LineVerdict.Fail, evaluation.Verdict);
        Assert.StartsWith("Fails: user specification ≤ 5000 [EU]/L: 8 [EU]/mL (= 8000 [EU]/L) is above the upper limit.", evaluation.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_QualitativeSupplierAndUserSpecs_BothFailingAreBothNamed()
    {
        var line = Line("Mycoplasma", Expect(QualitativeOutcome.NotDetected), printed: "Detected");
        MaterialSpecification[] user = [User(MaterialId, "Mycoplasma", Expect(QualitativeOutcome.Negative), use: "Expansion")];

        var evaluation = CoaLineEvaluator.Evaluate(line, user);

        Assert.Equal(
            "Fails: supplier specification Not detected: 'Detected' is a failing outcome; user specification for use 'Expansion' Negative: 'Detected' is a failing outcome.",
            evaluation.Reason);
    }

    [Fact]
    public void Evaluate_TextSupplierSpecWithPassingUserSpec_StillNeedsReview()
    {
        var line = Line("Osmolality", Text("Report result"), 300m, "mosm/kg");

        var evaluation = CoaLineEvaluator.Evaluate(line, [User(MaterialId, "Osmolality", Numeric(280m, true, 320m, true, "mOsm/kg"))]);

        Assert.Equal(LineVerdict.Fail, evaluation.Verdict);
        Assert.True(evaluation.NeedsReview);
        Assert.Contains("Meets user specification ≥ 280 and ≤ 320 mOsm/kg", evaluation.Reason, StringComparison.Ordinal);
    }
}

using AmConnector.Certificates;
using AmConnector.Certificates.Evaluation;
using AmConnector.Materials;
using static AmConnector.Tests.Certificates.CoaLines;

namespace AmConnector.Tests.Certificates;

public sealed class CoaEvaluatorTests
{
    private static readonly Guid MaterialId = Guid.CreateVersion7();

    private static Certificate Coa(params CoaResult[] lines) => new()
    {
        Type = CertificateType.CertificateOfAnalysis,
        MaterialId = MaterialId,
        Results = [.. lines],
    };

    private static Certificate PassingCoa() => Coa(
        Line("Bacterial endotoxins", AtMost(0.5m, "[EU]/mL"), 0.1m, "[EU]/mL", number: 1, method: "USP <85>"),
        Line("Mycoplasma", Expect(QualitativeOutcome.NotDetected), printed: "Not detected", number: 2, method: "Ph. Eur. 2.6.7"),
        Line("Osmolality", Numeric(280m, true, 320m, true, "mosm/kg"), 300m, "mOsm/kg", number: 3));

    [Fact]
    public void Evaluate_EveryLinePassesAndNothingMissing_Passes()
    {
        var evaluation = CoaEvaluator.Evaluate(PassingCoa(), [User(MaterialId, "bacterial  ENDOTOXINS", AtMost(0.25m, "[EU]/mL"))]);

        Assert.Equal(CoaVerdict.Pass, evaluation.Verdict);
        Assert.Empty(evaluation.MissingTests);
        Assert.All(evaluation.Lines, l => Assert.Equal(LineVerdict.Pass, l.Verdict));
        Assert.Equal("Pass: all 3 lines meet their specifications.", evaluation.Summary);
    }

    [Fact]
    public void Evaluate_OneLineFails_IsOutOfSpecificationNamingTheLine()
    {
        var evaluation = CoaEvaluator.Evaluate(PassingCoa(), [User(MaterialId, "Bacterial endotoxins", AtMost(0.05m, "[EU]/mL"))]);

        Assert.Equal(CoaVerdict.OutOfSpecification, evaluation.Verdict);
        Assert.Equal([LineVerdict.Fail, LineVerdict.Pass, LineVerdict.Pass], evaluation.Lines.Select(l => l.Verdict));
        Assert.Equal("Out of specification: line 1 (Bacterial endotoxins) fails.", evaluation.Summary);
    }

    [Fact]
    public void Evaluate_UserTestWithNoCoaLine_IsReportedMissingAndOutOfSpecification()
    {
        var evaluation = CoaEvaluator.Evaluate(PassingCoa(), [User(MaterialId, "Sterility", Expect(QualitativeOutcome.Negative))]);

        Assert.Equal(CoaVerdict.OutOfSpecification, evaluation.Verdict);
        var missing = Assert.Single(evaluation.MissingTests);
        Assert.Equal("Sterility", missing.Specification.TestName);
        Assert.Equal("no CoA line for user test 'Sterility'", missing.Reason);
        Assert.All(evaluation.Lines, l => Assert.Equal(LineVerdict.Pass, l.Verdict));
    }

    [Fact]
    public void Evaluate_UserTestByAnotherMethod_IsMissingAndNamesTheMethodFound()
    {
        var evaluation = CoaEvaluator.Evaluate(PassingCoa(), [User(MaterialId, "Mycoplasma", Expect(QualitativeOutcome.NotDetected), method: "USP <63>")]);

        Assert.Equal(CoaVerdict.OutOfSpecification, evaluation.Verdict);
        Assert.Equal("no CoA line for user test 'Mycoplasma' by USP <63> (the CoA reports it by Ph. Eur. 2.6.7)", Assert.Single(evaluation.MissingTests).Reason);
    }

    [Fact]
    public void Evaluate_UserTestMethodMatchesIgnoringCaseAndSpaces_IsApplied()
    {
        var evaluation = CoaEvaluator.Evaluate(PassingCoa(), [User(MaterialId, "Mycoplasma", Expect(QualitativeOutcome.Negative), method: "ph. eur.  2.6.7")]);

        Assert.Equal(CoaVerdict.Pass, evaluation.Verdict);
        Assert.Equal(2, evaluation.Lines[1].Checks.Count);
    }

    [Fact]
    public void Evaluate_SpecForOneUse_IsIgnoredForTheStoredVerdict()
    {
        MaterialSpecification[] user = [User(MaterialId, "Bacterial endotoxins", AtMost(0.05m, "[EU]/mL"), use: "Expansion")];

        var evaluation = CoaEvaluator.Evaluate(PassingCoa(), user);

        Assert.Equal(CoaVerdict.Pass, evaluation.Verdict);
        Assert.Single(evaluation.Lines[0].Checks);
    }

    [Fact]
    public void Evaluate_SpecForOneUse_AppliesWhenEvaluatingForThatUse()
    {
        MaterialSpecification[] user = [User(MaterialId, "Bacterial endotoxins", AtMost(0.05m, "[EU]/mL"), use: "Expansion")];

        var evaluation = CoaEvaluator.Evaluate(PassingCoa(), user, use: " expansion ");

        Assert.Equal(CoaVerdict.OutOfSpecification, evaluation.Verdict);
        Assert.Contains("user specification for use 'Expansion' ≤ 0.05 [EU]/mL", evaluation.Lines[0].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_SpecOfAnotherMaterial_IsIgnored()
    {
        var evaluation = CoaEvaluator.Evaluate(PassingCoa(), [User(Guid.CreateVersion7(), "Sterility", Expect(QualitativeOutcome.Negative))]);

        Assert.Equal(CoaVerdict.Pass, evaluation.Verdict);
        Assert.Empty(evaluation.MissingTests);
    }

    [Fact]
    public void Evaluate_LineNeedingReviewAndMissingTest_SummaryNamesBoth()
    {
        var coa = Coa(Line("Appearance", Text("Clear, colourless"), printed: "Clear, colourless", number: 4));

        var evaluation = CoaEvaluator.Evaluate(coa, [User(MaterialId, "Sterility", Expect(QualitativeOutcome.Negative))]);

        Assert.Equal(CoaVerdict.OutOfSpecification, evaluation.Verdict);
        Assert.Equal("Out of specification: line 4 (Appearance) needs review; no CoA line for user test 'Sterility'.", evaluation.Summary);
    }

    [Fact]
    public void Evaluate_CoaWithoutLines_IsOutOfSpecification()
    {
        var evaluation = CoaEvaluator.Evaluate(Coa(), []);

        Assert.Equal(CoaVerdict.OutOfSpecification, evaluation.Verdict);
        Assert.Equal("Out of specification: the CoA has no result lines.", evaluation.Summary);
    }

    [Fact]
    public void Evaluate_CertificateThatIsNotACoa_IsNotEvaluated()
    {
        var certificate = new Certificate { Type = CertificateType.TseBseStatement, MaterialId = MaterialId };

        Assert.Equal(CoaVerdict.NotEvaluated, CoaEvaluator.Evaluate(certificate, []).Verdict);
    }

    [Fact]
    public void ApplyTo_Evaluation_WritesLineAndCertificateVerdicts()
    {
        var coa = PassingCoa();
        var evaluation = CoaEvaluator.Evaluate(coa, [User(MaterialId, "Bacterial endotoxins", AtMost(0.05m, "[EU]/mL"))]);

        evaluation.ApplyTo(coa);

        Assert.Equal(CoaVerdict.OutOfSpecification, coa.Verdict);
        Assert.Equal(LineVerdict.Fail, coa.Results[0].Verdict);
        Assert.StartsWith("Fails: user specification ≤ 0.05 [EU]/mL: 0.1 [EU]/mL is above the upper limit.", coa.Results[0].VerdictReason, StringComparison.Ordinal);
        Assert.Equal(LineVerdict.Pass, coa.Results[2].Verdict);
    }
}

using AmConnector.Certificates;
using AmConnector.Certificates.Evaluation;
using AmConnector.Materials;
using BenchmarkDotNet.Attributes;

namespace AmConnector.Benchmarks.Micro;

/// <summary>
/// CoA evaluation of a 30-line certificate against the supplier's and the user's specifications,
/// and one UCUM conversion alone (the part that goes through Fhir.Metrics).
/// </summary>
[MemoryDiagnoser]
public class CoaEvaluationBenchmarks
{
    private Certificate certificate = null!;
    private List<MaterialSpecification> specifications = [];

    [GlobalSetup]
    public void Setup()
    {
        certificate = CoaSamples.Certificate();
        specifications = CoaSamples.UserSpecifications();
        var verdict = CoaEvaluator.Evaluate(certificate, specifications);
        if (verdict.Verdict != CoaVerdict.OutOfSpecification || verdict.Lines.Count(l => l.Verdict == LineVerdict.Pass) != 28)
        {
            // Only the two free-text lines should fail (for review): anything else means a sample was mistyped.
            throw new InvalidOperationException("The sample CoA is not judged as intended: " + verdict.Summary);
        }
    }

    [Benchmark]
    public CoaVerdict Evaluate_30_line_CoA() => CoaEvaluator.Evaluate(certificate, specifications).Verdict;

    /// <summary>One line each: the parts of the CoA's cost.</summary>
    [Benchmark]
    [Arguments(2)]   // Haemoglobin 12 mg/dL: supplier spec, and the user's in g/L (converted)
    [Arguments(4)]   // Osmolality 305 mOsm/kg: case-insensitive atom, user's in osm/kg
    [Arguments(13)]  // pH 7.3 [pH]: supplier spec only
    [Arguments(14)]  // Endotoxin < 0.5 EU/mL: censored, supplier spec only
    [Arguments(21)]  // Sterility "No growth": supplier and user qualitative
    public LineVerdict Evaluate_one_line(int lineNumber)
    {
        var line = certificate.Results[lineNumber - 1];
        return CoaLineEvaluator.Evaluate(line, specifications.Where(s => TestKey.Same(s.TestName, line.TestName))).Verdict;
    }

    [Benchmark]
    public decimal Convert_mg_per_dL_to_g_per_L() => UcumUnitConverter.Convert(12m, "mg/dL", "g/L").Value;

    [Benchmark]
    public decimal Convert_same_unit() => UcumUnitConverter.Convert(12m, "mg/dL", "mg/dL").Value;
}

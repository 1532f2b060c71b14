using AmConnector.Certificates;
using AmConnector.Materials;

namespace AmConnector.Benchmarks.Micro;

/// <summary>
/// A 30-line certificate of analysis as a serum supplier prints it: 12 numeric lines that the
/// user's specifications state in another unit (UCUM conversion), 8 numeric ranges in the
/// supplier's unit (one censored), 8 qualitative outcomes and 2 free-text lines; 14 user specifications.
/// </summary>
internal static class CoaSamples
{
    private static readonly Guid MaterialId = Guid.Parse("6f0c1d9e-3a4b-4c2d-8e1f-0a9b8c7d6e5f");

    public static Certificate Certificate()
    {
        var lines = new List<CoaResult>();
        void Numeric(string test, string result, string unit, decimal? lower, decimal? upper) =>
            lines.Add(new CoaResult
            {
                LineNumber = lines.Count + 1, TestName = test, ReportedResult = result, ReportedUnit = unit,
                Specification = new SpecificationLimit { Kind = SpecificationKind.Numeric, Lower = lower, Upper = upper, Unit = unit },
            });
        void Qualitative(string test, string result, QualitativeOutcome expected) =>
            lines.Add(new CoaResult
            {
                LineNumber = lines.Count + 1, TestName = test, ReportedResult = result,
                Specification = new SpecificationLimit { Kind = SpecificationKind.Qualitative, Expected = expected },
            });
        void Text(string test, string result, string specification) =>
            lines.Add(new CoaResult
            {
                LineNumber = lines.Count + 1, TestName = test, ReportedResult = result,
                Specification = new SpecificationLimit { Kind = SpecificationKind.Text, Text = specification },
            });

        // Converted against the user's specifications.
        Numeric("Total protein", "3.8", "g/dL", 3.0m, 4.5m);
        Numeric("Haemoglobin", "12", "mg/dL", null, 25m);
        Numeric("IgG", "0.8", "mg/mL", null, 2m);
        Numeric("Osmolality", "305", "mOsm/kg", 280m, 340m);
        Numeric("Glucose", "1.2", "g/L", 0.8m, 1.6m);
        Numeric("Sodium", "140", "mmol/L", 130m, 150m);
        Numeric("Fill volume", "502", "mL", 495m, 510m);
        Numeric("Fill weight", "0.512", "kg", 0.5m, 0.52m);
        Numeric("Iron", "2.1", "ug/dL", null, 5m);
        Numeric("Albumin", "2.4", "g/dL", 2.0m, 3.0m);
        Numeric("Cell density", "2.5", "10*6/mL", 1m, 5m);
        Numeric("Residual DNA", "4", "ng/mL", null, 10m);
        // Judged in the supplier's unit only.
        Numeric("pH", "7.3", "[pH]", 7.0m, 7.6m);
        Numeric("Endotoxin", "< 0.5", "EU/mL", null, 10m);
        Numeric("Cholesterol", "38", "mg/dL", 20m, 60m);
        Numeric("Triglycerides", "62", "mg/dL", 20m, 100m);
        Numeric("Calcium", "3.4", "mmol/L", 3.0m, 4.0m);
        Numeric("Potassium", "11", "mmol/L", 8m, 14m);
        Numeric("Bilirubin", "0.4", "mg/dL", null, 1m);
        Numeric("Creatinine", "2.9", "mg/dL", null, 4m);
        Qualitative("Sterility", "No growth", QualitativeOutcome.Negative);
        Qualitative("Mycoplasma", "Not detected", QualitativeOutcome.NotDetected);
        Qualitative("Bovine viruses (9CFR)", "Negative", QualitativeOutcome.Negative);
        Qualitative("BVDV", "Not detected", QualitativeOutcome.NotDetected);
        Qualitative("Appearance", "Conforms", QualitativeOutcome.Conforms);
        Qualitative("Identity", "Passes", QualitativeOutcome.Pass);
        Qualitative("Haemolysis", "Complies", QualitativeOutcome.Conforms);
        Qualitative("Cell culture performance", "Pass", QualitativeOutcome.Pass);
        Text("Origin", "USA", "USDA-approved herds");
        Text("Irradiation", "25-35 kGy", "Gamma irradiated");

        return new Certificate { Type = CertificateType.CertificateOfAnalysis, MaterialId = MaterialId, DocumentNumber = "COA-BENCH-30", Results = lines };
    }

    public static List<MaterialSpecification> UserSpecifications()
    {
        MaterialSpecification Numeric(string test, decimal? lower, decimal? upper, string unit) => new()
        {
            MaterialId = MaterialId, TestName = test,
            Limit = new SpecificationLimit { Kind = SpecificationKind.Numeric, Lower = lower, Upper = upper, Unit = unit },
        };
        MaterialSpecification Qualitative(string test, QualitativeOutcome expected) => new()
        {
            MaterialId = MaterialId, TestName = test,
            Limit = new SpecificationLimit { Kind = SpecificationKind.Qualitative, Expected = expected },
        };

        return
        [
            Numeric("total protein", 30m, 45m, "g/L"),
            Numeric("Haemoglobin", null, 0.3m, "g/L"),
            Numeric("IgG", null, 1000m, "ug/mL"),
            Numeric("Osmolality", 0.28m, 0.34m, "osm/kg"),
            Numeric("Glucose", 80m, 160m, "mg/dL"),
            Numeric("Sodium", 0.13m, 0.15m, "mol/L"),
            Numeric("Fill volume", 0.49m, 0.51m, "L"),
            Numeric("Fill weight", 500m, 520m, "g"),
            Numeric("Iron", null, 50m, "ug/L"),
            Numeric("Albumin", 20m, 30m, "g/L"),
            Numeric("Cell density", 1000m, 5000m, "10*3/mL"),
            Numeric("Residual DNA", null, 10000m, "pg/mL"),
            Qualitative("Sterility", QualitativeOutcome.Negative),
            Qualitative("Mycoplasma", QualitativeOutcome.NotDetected),
        ];
    }
}

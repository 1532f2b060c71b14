using AmConnector.Certificates;
using AmConnector.Lots;
using AmConnector.Lots.Usability;
using AmConnector.Materials;
using AmConnector.Qualifications;
using AmConnector.Suppliers;
using BenchmarkDotNet.Attributes;

namespace AmConnector.Benchmarks.Micro;

/// <summary>
/// The usability rules over facts already loaded: a released, usable lot of an animal-derived
/// material (both origin certificates on file, qualified for the use), and a lot that collects
/// eight reasons at once (quarantine, two holds, an out-of-specification CoA, a conditional
/// supplier, an unqualified use, a missing certificate, an open change notice).
/// </summary>
[MemoryDiagnoser]
public class UsabilityBenchmarks
{
    private static readonly DateOnly Today = new(2026, 11, 28);
    private UsabilityFacts usable = null!;
    private UsabilityFacts blocked = null!;

    [GlobalSetup]
    public void Setup()
    {
        usable = Facts(LotStatus.Released, SupplierApproval.Approved, QualificationStatus.Qualified, withOrigin: true, holds: 0, openNotices: 0, coaVerdict: CoaVerdict.Pass);
        blocked = Facts(LotStatus.Quarantine, SupplierApproval.Conditional, QualificationStatus.InProgress, withOrigin: false, holds: 2, openNotices: 1, coaVerdict: CoaVerdict.OutOfSpecification);
        if (Usable_lot() != Usability.Usable || Blocked_lot() != Usability.NotUsable)
        {
            throw new InvalidOperationException("The usability samples are not judged as intended.");
        }
    }

    [Benchmark(Baseline = true)]
    public Usability Usable_lot() => UsabilityRules.Evaluate(usable, Today, "Cell expansion", 30).Verdict;

    [Benchmark]
    public Usability Blocked_lot() => UsabilityRules.Evaluate(blocked, Today, "Cell expansion", 30).Verdict;

    private static UsabilityFacts Facts(LotStatus status, SupplierApproval approval, QualificationStatus qualification, bool withOrigin, int holds, int openNotices, CoaVerdict coaVerdict)
    {
        var material = new Material
        {
            SupplierCode = "NWB", CatalogueNumber = "NB-FBS-500", Name = "Fetal bovine serum",
            Origin = MaterialOrigin.Animal, AnimalOriginStatus = AnimalOriginStatus.AnimalDerived,
        };
        var lot = new Lot
        {
            MaterialId = material.Id, SupplierCode = "NWB", CatalogueNumber = "NB-FBS-500", LotNumber = "L-0001",
            Status = status, ExpiresOn = Today.AddDays(400), RetestOn = Today.AddDays(200),
            Holds = Enumerable.Range(1, holds).Select(n => new LotHold { Reason = $"Deviation DEV-{n}", Source = default, PlacedBy = "qa" }).ToList(),
        };
        var certificates = new List<Certificate>
        {
            new() { Type = CertificateType.CertificateOfAnalysis, MaterialId = material.Id, DocumentNumber = "COA-L-0001", Verdict = coaVerdict, Lots = [lot] },
            new() { Type = CertificateType.TseBseStatement, MaterialId = material.Id, ValidUntil = Today.AddYears(1) },
        };
        if (withOrigin)
        {
            certificates.Add(new Certificate { Type = CertificateType.CertificateOfOrigin, MaterialId = material.Id, ValidUntil = Today.AddYears(1) });
        }

        var supplier = new Supplier { Code = "NWB", Name = "Northwind Bioreagents", Approval = approval };
        var qualifications = new List<Qualification>
        {
            new() { MaterialId = material.Id, SupplierCode = "NWB", UseContext = "Cell expansion", Status = qualification },
            new() { MaterialId = material.Id, SupplierCode = "NWB", UseContext = "Cryopreservation", Status = QualificationStatus.Qualified },
        };
        var notices = Enumerable.Range(1, openNotices).Select(n => $"NWB/CN-2026-{n:0000}").ToList();
        return new UsabilityFacts(lot, material, supplier, certificates, qualifications, notices);
    }
}

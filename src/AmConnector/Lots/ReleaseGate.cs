using AmConnector.Certificates;
using AmConnector.Common;
using AmConnector.Lots.Usability;
using AmConnector.Materials;

namespace AmConnector.Lots;

/// <summary>
/// What a release needs (domain.md §4.1): a certificate of analysis for the lot with no failing
/// line, every required certificate on file and valid, and a lot that has not expired.
/// </summary>
internal static class ReleaseGate
{
    public static List<FieldError> Check(Lot lot, Material material, IReadOnlyList<Certificate> certificates, DateOnly today)
    {
        var errors = new List<FieldError>();
        var coas = certificates.Where(c => c.Type == CertificateType.CertificateOfAnalysis && c.Lots.Any(l => l.Id == lot.Id)).ToList();
        if (coas.Count == 0)
        {
            errors.Add(new FieldError(nameof(CertificateType.CertificateOfAnalysis), "no certificate of analysis covers this lot."));
        }
        else if (coas.FirstOrDefault(c => c.Verdict == CoaVerdict.OutOfSpecification) is { } failing)
        {
            errors.Add(new FieldError(nameof(CertificateType.CertificateOfAnalysis),
                $"the certificate of analysis {failing.DocumentNumber} is out of specification; the lot stays in quarantine."));
        }
        else if (!coas.Any(c => c.Verdict == CoaVerdict.Pass))
        {
            errors.Add(new FieldError(nameof(CertificateType.CertificateOfAnalysis), "the certificate of analysis has not been evaluated as passing."));
        }

        foreach (var (type, lapsedOn) in RequiredCertificates.Unmet(material, lot, certificates, today))
        {
            var what = RequiredCertificates.Describe(type);
            errors.Add(new FieldError(type.ToString(), lapsedOn is null
                ? $"a {what} is required for this material and none is on file."
                : $"the {what} on file lapsed on {lapsedOn:yyyy-MM-dd}."));
        }

        if (lot.ExpiresOn < today)
        {
            errors.Add(new FieldError(nameof(Lot.ExpiresOn), $"the lot expired on {lot.ExpiresOn:yyyy-MM-dd}."));
        }

        return errors;
    }
}

using AmConnector.Certificates;
using AmConnector.Materials;

namespace AmConnector.Lots.Usability;

/// <summary>
/// The certificates a material must have on file and valid (domain.md §5.6): certificate of origin
/// and TSE/BSE statement for animal or human origin; an ADCF statement when the material claims ADCF.
/// </summary>
internal static class RequiredCertificates
{
    public static IReadOnlyList<CertificateType> For(Material material)
    {
        var required = new List<CertificateType>();
        var animalOrHuman = material.Origin is MaterialOrigin.Animal or MaterialOrigin.Human ||
                            material.AnimalOriginStatus is AnimalOriginStatus.AnimalDerived;
        if (animalOrHuman)
        {
            required.Add(CertificateType.CertificateOfOrigin);
            required.Add(CertificateType.TseBseStatement);
        }

        if (material.AnimalOriginStatus is AnimalOriginStatus.AnimalComponentFree)
        {
            required.Add(CertificateType.AdcfStatement);
        }

        return required;
    }

    /// <summary>
    /// Each required certificate that is missing for the lot, or whose every copy on file has lapsed
    /// (with the latest date it was valid until). Material-level documents count, and those naming the lot.
    /// </summary>
    public static IEnumerable<(CertificateType Type, DateOnly? LapsedOn)> Unmet(Material material, Lot lot, IEnumerable<Certificate> certificates, DateOnly today)
    {
        var all = certificates.ToList();
        foreach (var type in For(material))
        {
            var onFile = all.Where(c => c.Type == type && (c.Lots.Count == 0 || c.Lots.Any(l => l.Id == lot.Id))).ToList();
            if (onFile.Count == 0)
            {
                yield return (type, null);
            }
            else if (!onFile.Any(c => c.ValidUntil is null || c.ValidUntil >= today))
            {
                yield return (type, onFile.Max(c => c.ValidUntil));
            }
        }
    }

    public static string Describe(CertificateType type) => type switch
    {
        CertificateType.CertificateOfOrigin => "certificate of origin",
        CertificateType.TseBseStatement => "TSE/BSE statement",
        CertificateType.AdcfStatement => "ADCF statement",
        _ => type.ToString(),
    };
}

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
}

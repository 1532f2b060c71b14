using AmConnector.Certificates;
using AmConnector.Materials;
using AmConnector.Qualifications;
using AmConnector.Suppliers;

namespace AmConnector.Lots.Usability;

/// <summary>Everything the usability rules look at for one lot, loaded in a few set-based queries per batch.</summary>
internal sealed record UsabilityFacts(
    Lot Lot,
    Material Material,
    Supplier Supplier,
    IReadOnlyList<Certificate> Certificates,
    IReadOnlyList<Qualification> Qualifications,
    IReadOnlyList<string> OpenNoticesNamingTheMaterial);

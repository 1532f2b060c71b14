using AmConnector.Materials;

namespace AmConnector.Certificates.Evaluation;

/// <summary>A user specification with no CoA line for its test (domain.md §5.2): the CoA is out of specification.</summary>
/// <param name="Specification">The user's specification nothing on the CoA answers.</param>
/// <param name="Reason">E.g. "no CoA line for user test 'Mycoplasma' by Ph. Eur. 2.6.7".</param>
internal sealed record MissingTest(MaterialSpecification Specification, string Reason);

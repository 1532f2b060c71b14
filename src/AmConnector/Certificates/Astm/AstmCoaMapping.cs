using AmConnector.Webhooks.Inbound.Handlers;

namespace AmConnector.Certificates.Astm;

/// <summary>
/// An E3077 document read as <c>am.coa.issued</c> data, or the problems that stop it; with the
/// elements that were ignored, and where in the XML each data member came from, so a refusal by
/// the schema or the handler (named by JSON pointer) is reported at its XML location instead.
/// </summary>
internal sealed class AstmCoaMapping(
    CoaIssuedData? data, IReadOnlyList<AstmProblem> problems, IReadOnlyList<string> ignored, IReadOnlyList<(string Pointer, string Location)> locations)
{
    public const string RootLocation = "/" + AstmNames.Root;

    public CoaIssuedData? Data { get; } = data;

    public IReadOnlyList<AstmProblem> Problems { get; } = problems;

    /// <summary>Locations of elements AmConnector does not read (ADR-014: ignored, and listed in the answer).</summary>
    public IReadOnlyList<string> Ignored { get; } = ignored;

    public bool IsValid => Data is not null && Problems.Count == 0;

    public static AstmCoaMapping Refused(IReadOnlyList<AstmProblem> problems) => new(null, problems, [], []);

    /// <summary>The XML location of a JSON pointer into the event (<c>/data/results/2/reportedUnit</c>): the longest known prefix.</summary>
    public string Locate(string pointer)
    {
        var best = (Length: -1, Location: RootLocation);
        foreach (var (known, location) in locations)
        {
            if (known.Length > best.Length && pointer.StartsWith(known, StringComparison.Ordinal) &&
                (pointer.Length == known.Length || pointer[known.Length] is '/' or '['))
            {
                best = (known.Length, location);
            }
        }

        return best.Location;
    }

    /// <summary>Errors named by JSON pointer, renamed by XML location; the pointer stays in the message for the curious.</summary>
    public IEnumerable<(string Path, string Message)> Relocate(IEnumerable<(string Path, string Message)> errors) =>
        errors.Select(e => (Locate(e.Path), e.Path.Length == 0 ? e.Message : $"{e.Message} (mapped to {e.Path})"));
}

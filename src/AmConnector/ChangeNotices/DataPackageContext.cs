using AmConnector.Common;

namespace AmConnector.ChangeNotices;

/// <summary>What the completeness check knows beyond the notice itself.</summary>
internal sealed class DataPackageContext(IEnumerable<DocumentReference> documents, bool animalOrHumanOrigin)
{
    private readonly HashSet<string> _kinds = documents.Select(d => Normalize(d.Kind)).Where(k => k.Length > 0).ToHashSet(StringComparer.Ordinal);

    /// <summary>An affected material is of animal or human origin (domain.md §5.4: TSE/BSE statement).</summary>
    public bool AnimalOrHumanOrigin { get; } = animalOrHumanOrigin;

    /// <summary>A supporting document's kind is one of these (compared without case, spaces or punctuation).</summary>
    public bool HasDocument(params string[] kinds) => kinds.Any(k => _kinds.Contains(Normalize(k)));

    public static string Normalize(string? kind) =>
        kind is null ? "" : new string(kind.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
}

namespace AmConnector.Signatures;

/// <summary>
/// The signatures one action needs before it takes effect: one per listed meaning, each by a
/// different person (<c>AmConnector:Signatures:Policies:{Entity}.{Action}[.{Variant}]:Meanings</c>).
/// </summary>
public sealed class SignaturePolicy
{
    public List<SignatureMeaning> Meanings { get; set; } = [];
}

namespace AmConnector.Signatures;

/// <summary>A record that people sign; its signatures are a navigation, so <c>$expand=Signatures</c> shows them with it.</summary>
public interface ISignable
{
    List<Signature> Signatures { get; }
}

namespace AmConnector.IntegrationTests.Signatures;

/// <summary>A site whose lot release needs a Review and an Approval by two different people.</summary>
public sealed class TwoPersonSignatureFactory : SignatureFactory
{
    protected override IEnumerable<KeyValuePair<string, string>> Settings =>
    [
        new("AmConnector:Signatures:Policies:Lot.Release:Meanings:0", "Review"),
        new("AmConnector:Signatures:Policies:Lot.Release:Meanings:1", "Approval"),
    ];
}

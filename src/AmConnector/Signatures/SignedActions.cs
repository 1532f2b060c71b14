namespace AmConnector.Signatures;

/// <summary>The signed actions, as <c>Entity.Action</c>: the keys of the signature policies.</summary>
public static class SignedActions
{
    public const string LotRelease = "Lot.Release";
    public const string QualificationComplete = "Qualification.Complete";
    public const string MaterialOverrideTier = "Material.OverrideTier";
    public const string ChangeNoticeDecide = "ChangeNotice.Decide";
}

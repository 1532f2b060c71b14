namespace AmConnector.Signatures;

/// <summary>What a signature means (21 CFR 11.50(a)(3)): shown with the signer's name and the time.</summary>
public enum SignatureMeaning
{
    Authorship,
    Review,
    Approval,
    Responsibility,
}

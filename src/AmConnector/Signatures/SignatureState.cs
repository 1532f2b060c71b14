namespace AmConnector.Signatures;

/// <summary>Whether the action a signature was given for has taken effect.</summary>
public enum SignatureState
{
    /// <summary>The signature policy still misses signatures of other people; the record is unchanged.</summary>
    Pending,

    /// <summary>The policy was met and the action took effect with this signature.</summary>
    Effective,
}

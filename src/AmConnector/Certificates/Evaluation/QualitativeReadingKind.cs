namespace AmConnector.Certificates.Evaluation;

/// <summary>How a printed qualitative result reads.</summary>
internal enum QualitativeReadingKind
{
    /// <summary>Not in the vocabulary: never guessed at, so it fails with the text quoted.</summary>
    Unrecognised,

    /// <summary>One of the <see cref="QualitativeOutcome"/>s a specification can expect.</summary>
    Outcome,

    /// <summary>A word that states failure: detected, positive, fails, does not conform…</summary>
    Failing,
}

namespace AmConnector.Certificates.Evaluation;

/// <summary>A printed qualitative result as read by <see cref="QualitativeVocabulary"/>.</summary>
/// <param name="Kind">How the text reads.</param>
/// <param name="Outcome">The outcome it states, when <paramref name="Kind"/> is <see cref="QualitativeReadingKind.Outcome"/>.</param>
internal readonly record struct QualitativeReading(QualitativeReadingKind Kind, QualitativeOutcome? Outcome = null);

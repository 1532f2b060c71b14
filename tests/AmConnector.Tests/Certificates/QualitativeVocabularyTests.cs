using AmConnector.Certificates;
using AmConnector.Certificates.Evaluation;

namespace AmConnector.Tests.Certificates;

public sealed class QualitativeVocabularyTests
{
    [Theory]
    [InlineData("Conforms", QualitativeOutcome.Conforms)]
    [InlineData("complies", QualitativeOutcome.Conforms)]
    [InlineData("Complies with specification.", QualitativeOutcome.Conforms)]
    [InlineData("PASS", QualitativeOutcome.Pass)]
    [InlineData("Passes", QualitativeOutcome.Pass)]
    [InlineData("Negative", QualitativeOutcome.Negative)]
    [InlineData("Non-reactive", QualitativeOutcome.Negative)]
    [InlineData("No growth", QualitativeOutcome.Negative)]
    [InlineData("Not detected", QualitativeOutcome.NotDetected)]
    [InlineData("  not   DETECTED ", QualitativeOutcome.NotDetected)]
    [InlineData("ND", QualitativeOutcome.NotDetected)]
    [InlineData("n.d.", QualitativeOutcome.NotDetected)]
    [InlineData("Not detected (< 10 CFU/mL)", QualitativeOutcome.NotDetected)]
    [InlineData("Absent", QualitativeOutcome.Absent)]
    [InlineData("Absence", QualitativeOutcome.Absent)]
    public void Read_KnownOutcomeOrSynonym_ReturnsOutcome(string printed, QualitativeOutcome expected) =>
        Assert.Equal(new QualitativeReading(QualitativeReadingKind.Outcome, expected), QualitativeVocabulary.Read(printed));

    [Theory]
    [InlineData("Detected")]
    [InlineData("POSITIVE")]
    [InlineData("Fails")]
    [InlineData("failed")]
    [InlineData("Does not conform")]
    [InlineData("Present")]
    [InlineData("Reactive")]
    public void Read_FailingWord_ReturnsFailing(string printed) =>
        Assert.Equal(QualitativeReadingKind.Failing, QualitativeVocabulary.Read(printed).Kind);

    [Theory]
    [InlineData("Cloudy")]
    [InlineData("See attached report")]
    [InlineData("Not tested")]
    [InlineData("")]
    [InlineData(null)]
    public void Read_UnknownText_ReturnsUnrecognised(string? printed) =>
        Assert.Equal(QualitativeReadingKind.Unrecognised, QualitativeVocabulary.Read(printed).Kind);

    [Theory]
    [InlineData(QualitativeOutcome.Negative, QualitativeOutcome.NotDetected, true)]
    [InlineData(QualitativeOutcome.Absent, QualitativeOutcome.Negative, true)]
    [InlineData(QualitativeOutcome.Pass, QualitativeOutcome.Conforms, true)]
    [InlineData(QualitativeOutcome.Conforms, QualitativeOutcome.NotDetected, false)]
    [InlineData(QualitativeOutcome.NotDetected, QualitativeOutcome.Pass, false)]
    public void Meets_StatedAgainstExpected_HoldsOnlyWithinItsFamily(QualitativeOutcome stated, QualitativeOutcome expected, bool meets) =>
        Assert.Equal(meets, QualitativeVocabulary.Meets(stated, expected));
}

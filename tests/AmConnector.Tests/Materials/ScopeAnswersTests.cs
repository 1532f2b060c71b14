using AmConnector.Materials;

namespace AmConnector.Tests.Materials;

/// <summary>ISO 20399 scope: used in cell processing, in contact with the active substance, not intended in the final product.</summary>
public sealed class ScopeAnswersTests
{
    [Theory]
    [InlineData(true, true, false, true)]
    [InlineData(true, true, true, false)]   // an excipient, not an AM
    [InlineData(false, true, false, false)]
    [InlineData(true, false, false, false)]
    [InlineData(null, true, false, false)]  // unanswered is not in scope
    [InlineData(true, true, null, false)]
    public void A_material_is_an_AM_only_when_all_three_answers_say_so(bool? used, bool? contact, bool? inProduct, bool expected)
    {
        var answers = new ScopeAnswers { UsedInCellProcessing = used, InContactWithActiveSubstance = contact, IntendedInFinalProduct = inProduct };

        Assert.Equal(expected, answers.IsInScope());
    }
}

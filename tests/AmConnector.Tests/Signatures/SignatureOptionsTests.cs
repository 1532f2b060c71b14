using System.ComponentModel.DataAnnotations;
using AmConnector.Signatures;
using static AmConnector.Signatures.SignatureMeaning;

namespace AmConnector.Tests.Signatures;

public sealed class SignatureOptionsTests
{
    [Fact]
    public void PolicyFor_Defaults_OneApprovalAndLevel3ReviewAndApproval()
    {
        var options = new SignatureOptions();

        Assert.Equal([Approval], options.PolicyFor(SignedActions.LotRelease, null));
        Assert.Equal([Approval], options.PolicyFor(SignedActions.QualificationComplete, null));
        Assert.Equal([Approval], options.PolicyFor(SignedActions.MaterialOverrideTier, null));
        Assert.Equal([Review, Approval], options.PolicyFor(SignedActions.ChangeNoticeDecide, "Level3"));
        Assert.Equal([Approval], options.PolicyFor(SignedActions.ChangeNoticeDecide, "Level2"));
        Assert.Equal([Approval], options.PolicyFor("Unknown.Action", null));
    }

    [Fact]
    public void PolicyFor_ConfiguredKey_ReplacesItsDefaultOnly()
    {
        var options = new SignatureOptions { Policies = { [SignedActions.LotRelease] = new() { Meanings = [Review, Approval] } } };

        Assert.Equal([Review, Approval], options.PolicyFor(SignedActions.LotRelease, null));
        Assert.Equal([Approval], options.PolicyFor(SignedActions.QualificationComplete, null));
    }

    [Fact]
    public void Validate_EmptyOrRepeatedMeanings_AreErrors()
    {
        var options = new SignatureOptions
        {
            Policies = { ["Lot.Release"] = new() { Meanings = [] }, ["Material.OverrideTier"] = new() { Meanings = [Approval, Approval] } },
        };

        var errors = options.Validate(new ValidationContext(options)).ToList();

        Assert.Equal(2, errors.Count);
    }
}

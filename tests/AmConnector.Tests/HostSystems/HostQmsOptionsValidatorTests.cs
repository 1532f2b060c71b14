using AmConnector.HostSystems;

namespace AmConnector.Tests.HostSystems;

public sealed class HostQmsOptionsValidatorTests
{
    private static readonly HostQmsOptionsValidator Validator = new();

    [Fact]
    public void Validate_Disabled_Succeeds() =>
        Assert.True(Validator.Validate(null, new AmConnectorOptions()).Succeeded);

    [Fact]
    public void Validate_EnabledWithoutHostOrCredentials_NamesEachSetting()
    {
        var result = Validator.Validate(null, new AmConnectorOptions { HostQms = new HostQmsOptions { Enabled = true } });

        Assert.True(result.Failed);
        Assert.Contains("AmConnector:HostQms:BaseUrl", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("AmConnector:HostQms:TokenEndpoint", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("ClientSecret", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_LeaseNotLongerThanACall_Fails()
    {
        var options = new AmConnectorOptions { HostQms = Complete() };
        options.HostQms.LeaseDuration = options.HostQms.CallTimeout;

        Assert.Contains("LeaseDuration", Validator.Validate(null, options).FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_Complete_Succeeds() =>
        Assert.True(Validator.Validate(null, new AmConnectorOptions { HostQms = Complete() }).Succeeded);

    private static HostQmsOptions Complete() => new()
    {
        Enabled = true,
        BaseUrl = new Uri("https://qms.example.com/api"),
        TokenEndpoint = new Uri("https://login.example.com/oauth/token"),
        ClientId = "amconnector",
        ClientSecret = "s3cret-s3cret-s3cret",
    };
}

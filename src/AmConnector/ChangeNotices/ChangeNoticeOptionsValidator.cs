using Microsoft.Extensions.Options;

namespace AmConnector.ChangeNotices;

/// <summary>Start-up check of the data-package table: every area, level and item it names exists.</summary>
internal sealed class ChangeNoticeOptionsValidator : IValidateOptions<AmConnectorOptions>
{
    public ValidateOptionsResult Validate(string? name, AmConnectorOptions options)
    {
        var problems = DataPackageTable.Problems(options.ChangeNotices.DataPackage).ToList();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}

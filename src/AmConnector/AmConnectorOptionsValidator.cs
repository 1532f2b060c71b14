using Microsoft.Extensions.Options;

namespace AmConnector;

/// <summary>Validates the options and their nested sections at start (source-generated).</summary>
[OptionsValidator]
internal sealed partial class AmConnectorOptionsValidator : IValidateOptions<AmConnectorOptions>;

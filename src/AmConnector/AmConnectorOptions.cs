using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;
using AmConnector.Data;
using AmConnector.Demo;
using AmConnector.OData;
using AmConnector.Security;

namespace AmConnector;

/// <summary>
/// Everything a site can configure, bound from the <c>AmConnector</c> configuration section.
/// Defaults live here; <c>appsettings.json</c> of the standalone server documents them.
/// </summary>
public sealed class AmConnectorOptions
{
    public const string SectionName = "AmConnector";

    /// <summary>
    /// Optional prefix under which a host mounts every AmConnector route, e.g. <c>am</c> gives
    /// <c>/am/odata</c> and <c>/am/health/ready</c>. Empty for the standalone server.
    /// </summary>
    [RegularExpression("^[A-Za-z0-9_\\-/]*$", ErrorMessage = "PathPrefix may hold letters, digits, '-', '_' and '/' only.")]
    public string PathPrefix { get; set; } = "";

    [Required]
    [ValidateObjectMembers]
    public DatabaseOptions Database { get; set; } = new();

    [Required]
    [ValidateObjectMembers]
    public ODataLimitsOptions OData { get; set; } = new();

    [Required]
    public DemoOptions Demo { get; set; } = new();

    [Required]
    [ValidateObjectMembers]
    public AuthOptions Auth { get; set; } = new();

    /// <summary>How the Data Protection key ring, kept in the database, is protected at rest.</summary>
    [Required]
    public DataProtection.KeyRingOptions DataProtection { get; set; } = new();

    [Required]
    [ValidateObjectMembers]
    public Lots.Usability.UsabilityOptions Usability { get; set; } = new();

    [Required]
    [ValidateObjectMembers]
    public Expiry.ExpiryOptions Expiry { get; set; } = new();

    [Required]
    [ValidateObjectMembers]
    public Webhooks.Inbound.SupplierWebhookOptions SupplierWebhooks { get; set; } = new();

    [Required]
    [ValidateObjectMembers]
    public HostSystems.HostQmsOptions HostQms { get; set; } = new();

    [Required]
    [ValidateObjectMembers]
    public Signatures.SignatureOptions Signatures { get; set; } = new();

    [Required]
    [ValidateObjectMembers]
    public ChangeNotices.ChangeNoticeOptions ChangeNotices { get; set; } = new();

    /// <summary>A route under <see cref="PathPrefix"/>, without leading or trailing slash.</summary>
    internal string Route(string route)
    {
        var prefix = PathPrefix.Trim('/');
        return prefix.Length == 0 ? route : $"{prefix}/{route}";
    }
}

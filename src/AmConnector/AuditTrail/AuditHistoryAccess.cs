using System.Text.RegularExpressions;
using AmConnector.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OData.Query;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AmConnector.AuditTrail;

/// <summary>
/// A record's <c>AuditHistory</c> is the audit trail, so reading it takes <c>audit.read</c> on top of
/// the set's <c>am.read</c> (ADR-012). Any query option that names it is refused, not only $expand:
/// a $filter or $orderby over <c>AuditHistory/any(…)</c> or <c>$count</c> would reveal it by elimination.
/// </summary>
internal static partial class AuditHistoryAccess
{
    public static string? Refusal(HttpContext context, ODataRawQueryOptions raw) =>
        Names(raw) && !Caller.From(context.User, context.RequestServices.GetRequiredService<IOptions<AmConnectorOptions>>().Value.Auth).Has(Scopes.ReadAudit)
            ? $"{nameof(IAudited.AuditHistory)} is the audit trail: querying it needs the {Scopes.ReadAudit} scope."
            : null;

    private static bool Names(ODataRawQueryOptions raw) =>
        new[] { raw.Filter, raw.OrderBy, raw.Select, raw.Expand, raw.Compute, raw.Apply }.Any(v => v is not null && Navigation().IsMatch(v));

    [GeneratedRegex(@"\bAuditHistory\b")]
    private static partial Regex Navigation();
}

using AmConnector.Data;
using AmConnector.Common;
using AmConnector.OData;
using AmConnector.Security.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OData.Formatter;
using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.OData.Query;

namespace AmConnector.Materials;

internal sealed class MaterialsController(AmConnectorDbContext db, ODataQueryRunner runner, MaterialWriteRules rules)
    : AmEntitySetController<Material>(db, runner, rules)
{
    protected override string EntitySet => EntitySets.Materials;

    /// <summary>
    /// QA's override of the derived USP &lt;1043&gt; tier, with a reason (<c>notices.assess</c>).
    /// A null tier removes the override; the derived tier then applies again.
    /// </summary>
    [HttpPost]
    [Authorize(Policy = Policies.AssessNotices)]
    public async Task<IActionResult> OverrideTier([FromODataUri] Guid key, ODataActionParameters parameters, CancellationToken cancellationToken)
    {
        var reason = parameters is not null && parameters.TryGetValue("reason", out var r) ? (r as string)?.Trim() : null;
        var tier = parameters is not null && parameters.TryGetValue("tier", out var t) ? t as int? : null;
        var errors = new List<FieldError>();
        if (string.IsNullOrEmpty(reason))
        {
            errors.Add(new FieldError("reason", "is required: say why QA departs from the derived tier."));
        }

        Check.Range(errors, "tier", tier, 1, 4);
        if (errors.Count > 0)
        {
            return ODataErrors.Validation(errors);
        }

        // An override is QA's decision on the material's risk: signed by a person.
        var meaning = Meaning(parameters);
        return await RunActionAsync(Writable, key, material =>
        {
            Db.Audit.Reason = reason;
            material.Tier.Override = tier;
            material.Tier.OverrideReason = tier is null ? null : reason;
            Tiering.UspTierRules.Apply(material);
            return Task.FromResult(ActionOutcome.Done);
        }, cancellationToken, material => new Signatures.SigningRequest(material, Signatures.SignedActions.MaterialOverrideTier, User, reason, meaning));
    }

    /// <summary>
    /// Proprietary composition lines are hidden from callers without <c>am.write</c> (see
    /// <see cref="ProprietaryCompositionSerializer"/>); filtering or ordering on the composition
    /// would let such a caller probe them, so it is refused.
    /// </summary>
    protected override string? RefuseQuery(ODataQueryOptions<Material> options) =>
        !ProprietaryCompositionSerializer.MaySee(HttpContext) && MentionsComposition(options)
            ? $"{nameof(Material.Composition)} may be used in $filter or $orderby only by callers with the am.write scope."
            : null;

    private static bool MentionsComposition(ODataQueryOptions<Material> options) =>
        new[] { options.Filter?.RawValue, options.OrderBy?.RawValue }
            .Any(raw => raw?.Contains(nameof(Material.Composition), StringComparison.OrdinalIgnoreCase) == true);
}

using AmConnector.Common;
using AmConnector.Data;
using AmConnector.OData;

namespace AmConnector.ChangeNotices;

/// <summary>
/// Rules for notices entered by hand (a supplier that still sends PDFs). Suppliers' systems
/// publish through the signed webhook instead; both go through <see cref="ChangeNoticeIntake"/>,
/// so a hand-entered notice gets the same checks, lead time, completeness, impact and events.
/// </summary>
internal sealed class ChangeNoticeWriteRules(ChangeNoticeIntake intake) : WriteRules<ChangeNotice>
{
    public override IReadOnlySet<string> Patchable { get; } = new HashSet<string>
    {
        nameof(ChangeNotice.Title), nameof(ChangeNotice.Description), nameof(ChangeNotice.Rationale),
        nameof(ChangeNotice.CurrentState), nameof(ChangeNotice.ProposedState), nameof(ChangeNotice.ContactName),
        nameof(ChangeNotice.ContactEmail), nameof(ChangeNotice.SupportingDocuments),
    };

    public override async Task PrepareCreateAsync(ChangeNotice entity, AmConnectorDbContext db, List<FieldError> errors, CancellationToken cancellationToken)
    {
        // A person entering a paper notice says when the supplier notified; receipt time would flatter a late notice.
        if (entity.NotifiedAt == default)
        {
            errors.Add(new FieldError(nameof(ChangeNotice.NotifiedAt), "is required."));
            return;
        }

        var result = await intake.PublishAsync(db, entity, ChangeNoticePayload.Of(entity), cancellationToken);
        // A duplicate is left to the unique index, which answers 409 on save as for every entity set.
        if (!result.IsConflict)
        {
            errors.AddRange(result.Errors);
        }
    }

    public override async Task PrepareUpdateAsync(ChangeNotice entity, AmConnectorDbContext db, List<FieldError> errors, CancellationToken cancellationToken)
    {
        Validate(entity, errors);
        if (errors.Count == 0)
        {
            // The text and documents a PATCH may change are what the data package is judged on.
            await intake.RecheckCompletenessAsync(db, entity, cancellationToken);
        }
    }

    protected override void Validate(ChangeNotice entity, List<FieldError> errors) => ChangeNoticeIntake.Validate(entity, errors);
}

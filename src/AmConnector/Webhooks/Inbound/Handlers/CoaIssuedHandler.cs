using AmConnector.Certificates;
using AmConnector.Common;
using AmConnector.Lots;
using Microsoft.EntityFrameworkCore;

namespace AmConnector.Webhooks.Inbound.Handlers;

/// <summary>
/// <c>am.coa.issued</c>: the CoA and its lines are stored and judged by the same rules as a CoA
/// entered through OData (domain.md §5.2), so OOS lots are held and announced the same way. A lot
/// the site has not received yet is created in Quarantine: the CoA usually travels ahead of the goods.
/// </summary>
internal sealed class CoaIssuedHandler(CertificateWriteRules certificateRules, LotWriteRules lotRules) : IInboundEventHandler
{
    public string Type => InboundEventTypes.CoaIssued;

    public async Task<InboundResult> HandleAsync(InboundEventContext context, CancellationToken cancellationToken)
    {
        var data = context.Data<CoaIssuedData>();
        var db = context.Db;
        var code = context.Supplier.Code;
        var material = await db.Materials.AsNoTracking()
            .FirstOrDefaultAsync(m => m.SupplierId == context.Supplier.Id && m.CatalogueNumber == data.CatalogueNumber, cancellationToken);
        if (material is null)
        {
            return InboundResult.Unprocessable("The CoA names a material that is not known here.",
                new FieldError("/data/catalogueNumber", $"{code}/{data.CatalogueNumber} is not a material AmConnector holds."));
        }

        if (await db.Certificates.AnyAsync(c => c.SupplierCode == code && c.Type == CertificateType.CertificateOfAnalysis && c.DocumentNumber == data.DocumentNumber, cancellationToken))
        {
            return InboundResult.Conflict("This CoA was received before.",
                new FieldError("/data/documentNumber", $"CoA {data.DocumentNumber} of {code} is already stored; a corrected CoA needs a new document number."));
        }

        var errors = new List<FieldError>();
        var lotNumbers = data.Lots.Select(l => l.LotNumber).ToList();
        var known = await db.Lots.Where(l => l.MaterialId == material.Id && lotNumbers.Contains(l.LotNumber)).ToListAsync(cancellationToken);
        var created = new List<Lot>();
        for (var i = 0; i < data.Lots.Count; i++)
        {
            var item = data.Lots[i];
            if (known.Any(l => l.LotNumber == item.LotNumber) || created.Any(l => l.LotNumber == item.LotNumber))
            {
                continue;
            }

            var lot = new Lot
            {
                MaterialId = material.Id, LotNumber = item.LotNumber,
                ManufacturedOn = item.ManufacturedOn, ExpiresOn = item.ExpiresOn, RetestOn = item.RetestOn,
            };
            var lotErrors = new List<FieldError>();
            await lotRules.PrepareCreateAsync(lot, db, lotErrors, cancellationToken);
            errors.AddRange(lotErrors.Select(e => e with { Field = $"/data/lots/{i}/{Camel(e.Field)}" }));
            created.Add(lot);
        }

        // Only stored lots are handed to the rules (they look lots up in the database); the new
        // Quarantine lots join after, since an OOS verdict changes nothing for a lot still in Quarantine.
        var certificate = new Certificate
        {
            Type = CertificateType.CertificateOfAnalysis,
            MaterialId = material.Id,
            DocumentNumber = data.DocumentNumber,
            Issuer = data.Issuer ?? context.Supplier.Name,
            IssuedOn = data.IssuedOn,
            ValidUntil = data.ValidUntil,
            Signatory = data.Signatory,
            Document = data.Document,
            Lots = known,
            Results = [.. data.Results.Select(r => new CoaResult
            {
                TestName = r.TestName, Method = r.Method, Specification = r.Specification,
                ReportedResult = r.ReportedResult, ReportedValue = r.ReportedValue, ReportedUnit = r.ReportedUnit,
            })],
        };
        var certificateErrors = new List<FieldError>();
        if (errors.Count == 0)
        {
            context.Db.Audit.Reason = $"CoA {data.DocumentNumber} issued by supplier {code}";
            await certificateRules.PrepareCreateAsync(certificate, db, certificateErrors, cancellationToken);
        }

        errors.AddRange(certificateErrors.Select(e => e with { Field = "/data/" + Camel(e.Field) }));
        if (errors.Count > 0)
        {
            return InboundResult.Unprocessable("The CoA was not stored.", errors);
        }

        db.Lots.AddRange(created);
        certificate.Lots.AddRange(created);
        db.Certificates.Add(certificate);
        return InboundResult.Accepted(new
        {
            certificateId = certificate.Id,
            verdict = certificate.Verdict.ToString(),
            verdictReason = certificate.VerdictReason,
            lots = certificate.Lots.Select(l => new { lotId = l.Id, lotNumber = l.LotNumber, created = created.Contains(l) }),
        });
    }

    private static string Camel(string field) => field.Length == 0 ? field : char.ToLowerInvariant(field[0]) + field[1..];
}

using AmConnector.Common;
using AmConnector.Materials;
using Microsoft.EntityFrameworkCore;

namespace AmConnector.Webhooks.Inbound.Handlers;

/// <summary>
/// <c>am.product-information.updated</c>: the supplier-owned facts of a material (what it is, where it
/// comes from, its grade, storage and composition) change as the supplier says; the site's own
/// judgement (scope answers, process stage, status, tier override) is not the supplier's to change.
/// The tier is derived again by the material rules, and a rise requalifies (domain.md §5.1, §4.2).
/// </summary>
internal sealed class ProductInformationUpdatedHandler(MaterialWriteRules rules) : IInboundEventHandler
{
    public string Type => InboundEventTypes.ProductInformationUpdated;

    public async Task<InboundResult> HandleAsync(InboundEventContext context, CancellationToken cancellationToken)
    {
        var data = context.Data<ProductInformationData>();
        var code = context.Supplier.Code;
        var material = await context.Db.Materials
            .FirstOrDefaultAsync(m => m.SupplierId == context.Supplier.Id && m.CatalogueNumber == data.CatalogueNumber, cancellationToken);
        if (material is null)
        {
            return InboundResult.Unprocessable("The product is not a material known here.",
                new FieldError("/data/catalogueNumber", $"{code}/{data.CatalogueNumber} is not a material AmConnector holds; the site creates materials it uses."));
        }

        var tierBefore = material.Tier.Effective;
        Apply(data, material);
        var errors = new List<FieldError>();
        context.Db.Audit.Reason = $"Product information updated by supplier {code}";
        await rules.PrepareUpdateAsync(material, context.Db, errors, cancellationToken);
        if (errors.Count > 0)
        {
            return InboundResult.Unprocessable("The product information was not applied.",
                [.. errors.Select(e => e with { Field = "/data/" + char.ToLowerInvariant(e.Field[0]) + e.Field[1..] })]);
        }

        var changed = context.Db.Entry(material).Properties.Where(p => p.IsModified && !Equals(p.OriginalValue, p.CurrentValue))
            .Select(p => p.Metadata.Name).ToList();
        return InboundResult.Accepted(new
        {
            materialId = material.Id,
            changed,
            tierBefore,
            tier = material.Tier.Effective,
            tierRule = material.Tier.Rule,
        });
    }

    private static void Apply(ProductInformationData data, Material material)
    {
        material.Name = data.Name ?? material.Name;
        material.Description = data.Description ?? material.Description;
        material.Category = data.Category ?? material.Category;
        material.Origin = data.Origin ?? material.Origin;
        material.AnimalOriginStatus = data.AnimalOriginStatus ?? material.AnimalOriginStatus;
        material.Species = data.Species ?? material.Species;
        material.Tissue = data.Tissue ?? material.Tissue;
        material.Grade = data.Grade ?? material.Grade;
        material.ShelfLifeMonths = data.ShelfLifeMonths ?? material.ShelfLifeMonths;
        if (data.CountriesOfOrigin is { } countries)
        {
            material.CountriesOfOrigin = countries;
        }

        if (data.Composition is { } composition)
        {
            material.Composition = composition;
        }

        if (data.Storage is { } storage)
        {
            // Property by property: the owned instance stays the tracked one.
            material.Storage.MinTemperatureCelsius = storage.MinTemperatureCelsius;
            material.Storage.MaxTemperatureCelsius = storage.MaxTemperatureCelsius;
            material.Storage.ProtectFromLight = storage.ProtectFromLight;
            material.Storage.Conditions = storage.Conditions;
        }

        if (data.Dmf is { } dmf)
        {
            material.Dmf.Type = dmf.Type;
            material.Dmf.Number = dmf.Number;
        }
    }

    private sealed record ProductInformationData(
        string CatalogueNumber, string? Name, string? Description, MaterialCategory? Category, MaterialOrigin? Origin,
        AnimalOriginStatus? AnimalOriginStatus, string? Species, string? Tissue, List<string>? CountriesOfOrigin, MaterialGrade? Grade,
        int? ShelfLifeMonths, StorageConditions? Storage, List<CompositionLine>? Composition, DrugMasterFile? Dmf);
}

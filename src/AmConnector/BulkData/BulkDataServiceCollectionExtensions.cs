using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AmConnector.BulkData;

internal static class BulkDataServiceCollectionExtensions
{
    /// <summary>The CSV import and export (docs/import-export.md); scoped, on the scope's database context.</summary>
    public static IServiceCollection AddAmConnectorBulkData(this IServiceCollection services)
    {
        services.TryAddSingleton<ImportAuditEvent>();
        services.TryAddScoped<IBulkImporter, BulkImporter>();
        services.TryAddScoped<IBulkExporter, BulkExporter>();
        return services;
    }
}

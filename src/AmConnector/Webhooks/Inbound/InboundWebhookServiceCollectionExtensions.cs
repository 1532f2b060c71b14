using AmConnector.ChangeNotices;
using AmConnector.Webhooks.Inbound.Handlers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AmConnector.Webhooks.Inbound;

internal static class InboundWebhookServiceCollectionExtensions
{
    /// <summary>The supplier-event receiver, its schemas, secrets and one handler per inbound type.</summary>
    public static void AddAmConnectorInboundWebhooks(this IServiceCollection services)
    {
        services.TryAddSingleton<InboundEventSchemas>();
        services.AddMetrics();
        services.TryAddSingleton<InboundWebhookMetrics>();
        services.TryAddScoped<SupplierSecretStore>();
        services.TryAddScoped<SupplierEventReceiver>();
        // Group commit (ADR-015): requests queue verified events; one writer applies and commits them in batches.
        services.TryAddSingleton<InboundCommitQueue>();
        services.TryAddSingleton<InboundBacklog>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<Microsoft.Extensions.Hosting.IHostedService, InboundBatchWriter>());
        services.TryAddScoped<ChangeNoticeIntake>();
        services.TryAddScoped<Certificates.Astm.AstmCoaImport>();
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IInboundEventHandler, ChangeNoticePublishedHandler>());
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IInboundEventHandler, ChangeNoticeRevisedHandler>());
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IInboundEventHandler, ChangeNoticeWithdrawnHandler>());
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IInboundEventHandler, CoaIssuedHandler>());
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IInboundEventHandler, LotRecalledHandler>());
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IInboundEventHandler, ProductInformationUpdatedHandler>());
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IInboundEventHandler, TestEventHandler>());
    }

    public static void MapAmConnectorInboundWebhooks(this IEndpointRouteBuilder endpoints, AmConnectorOptions options)
    {
        endpoints.MapSupplierEvents(options.Route("webhooks/suppliers/{supplierCode}/events"));
        endpoints.MapSupplierWebhookSecrets(options.Route("api/suppliers/{code}/webhook-secrets")).WithMetadata(Http.ManagementBodyLimit.Metadata);
    }
}

using AmConnector.BulkData;
using AmConnector.Certificates;
using AmConnector.ChangeNotices;
using AmConnector.Data;
using AmConnector.DataProtection;
using AmConnector.Demo;
using AmConnector.Health;
using AmConnector.HostSystems;
using AmConnector.Http;
using AmConnector.Lots;
using AmConnector.Materials;
using AmConnector.OData;
using AmConnector.OpenApi;
using AmConnector.Qualifications;
using AmConnector.Risk;
using AmConnector.Security;
using AmConnector.Suppliers;
using AmConnector.Webhooks;
using AmConnector.Webhooks.Inbound;
using AmConnector.Webhooks.Outbound;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Microsoft.AspNetCore.OData;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace AmConnector;

public static class AmConnectorServiceCollectionExtensions
{
    /// <summary>
    /// Registers AmConnector: options from the <c>AmConnector</c> configuration section, the AM
    /// database (SQLite unless configured otherwise), the OData API, health checks and the start-up
    /// migration. Safe to call more than once.
    /// </summary>
    public static AmConnectorBuilder AddAmConnector(this IServiceCollection services, Action<AmConnectorOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var builder = new AmConnectorBuilder(services);
        if (!services.Any(d => d.ServiceType == typeof(AmConnectorMarker)))
        {
            services.AddSingleton<AmConnectorMarker>();
            services.AddAmConnectorCore();
        }

        // After the configuration binding, so that code wins over a host's appsettings.
        if (configure is not null)
        {
            services.Configure(configure);
        }

        return builder;
    }

    private static void AddAmConnectorCore(this IServiceCollection services)
    {
        services.AddOptions<AmConnectorOptions>().BindConfiguration(AmConnectorOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AmConnectorOptions>, AmConnectorOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.AddProblemDetails();

        // First: its startup filter must wrap the $batch middleware and the token server (hostile-input cases).
        services.AddAmConnectorBadRequestGuard();
        services.AddAmConnectorData();
        // After the database initializer: Data Protection loads its key ring (a table) at start.
        services.AddAmConnectorDataProtection();
        services.AddAmConnectorSecurity();
        services.AddAmConnectorOData();
        services.AddAmConnectorWebhookSecrets();
        services.AddAmConnectorInboundWebhooks();
        services.AddAmConnectorHostSystems();
        services.AddAmConnectorOpenApi();
        services.AddAmConnectorBulkData();

        services.AddHealthChecks().AddCheck<DatabaseReadyHealthCheck>("database", tags: [HealthEndpoints.ReadyTag]);
        // After the database check (the ready report lists it first) and after the database
        // initializer (hosted services start in order; the dispatcher reads the migrated database).
        services.AddAmConnectorOutboundWebhooks();
    }

    private static void AddAmConnectorData(this IServiceCollection services)
    {
        services.TryAddSingleton<EntityStampingInterceptor>();
        services.TryAddSingleton<AuditTrail.AuditInterceptor>();
        services.TryAddSingleton<Signatures.SignatureInvalidationInterceptor>();
        services.TryAddScoped<Signatures.SignatureGate>();
        services.TryAddSingleton<Outbox.OutboxWriter>();
        services.TryAddScoped<LotLifecycle>();
        services.TryAddScoped<QualificationLifecycle>();
        services.AddChangeNotices();
        services.TryAddScoped<Expiry.ExpiryRun>();
        services.TryAddScoped<AuditTrail.AuditTrailVerifier>();
        services.TryAddScoped<Lots.Usability.UsabilityCheck>();
        services.TryAddSingleton<Lots.Usability.UsabilityAnswerCache>();
        services.TryAddSingleton<AuditTrail.AuditHeadReader>();
        services.TryAddSingleton<Lots.Usability.UsabilityResponseFilter>();
        // The options are built once: everything they need is a singleton, and building them for
        // every request's context cost about a tenth of a cached usability answer (P1).
        services.AddDbContext<AmConnectorDbContext>(DatabaseConfigurator.Configure, ServiceLifetime.Scoped, ServiceLifetime.Singleton);
        services.TryAddScoped<DemoSeeder>();
        services.AddHostedService<DatabaseInitializer>();
        // After the initializer: hosted services start in order, and this one reads the migrated database.
        services.AddHostedService<Expiry.DailyExpiryService>();
    }

    private static void AddAmConnectorOData(this IServiceCollection services)
    {
        services.TryAddSingleton<ODataQueryRunner>();
        services.TryAddSingleton<OData.Delta.DeltaTokens>();
        services.TryAddSingleton<OData.Delta.ChangeFeed>();
        services.TryAddSingleton<SupplierWriteRules>();
        services.TryAddSingleton<MaterialWriteRules>();
        services.TryAddSingleton<LotWriteRules>();
        services.TryAddSingleton<CertificateWriteRules>();
        services.TryAddSingleton<RiskAssessmentWriteRules>();
        services.TryAddSingleton<QualificationWriteRules>();
        // Scoped: it runs the notice intake, which works in the request's database context.
        services.TryAddScoped<ChangeNoticeWriteRules>();

        services.AddControllers()
            .ConfigureApplicationPartManager(parts =>
            {
                // Our controllers, and OData's own ($metadata, service document): a host whose entry
                // assembly does not reference OData directly would not discover the latter by itself.
                foreach (var assembly in new[] { typeof(AmConnectorBuilder).Assembly, typeof(Microsoft.AspNetCore.OData.Routing.Controllers.MetadataController).Assembly })
                {
                    if (!parts.ApplicationParts.OfType<AssemblyPart>().Any(p => p.Assembly == assembly))
                    {
                        parts.ApplicationParts.Add(new AssemblyPart(assembly));
                    }
                }

                parts.FeatureProviders.Add(new InternalControllerFeatureProvider());
            })
            .AddOData((odata, provider) =>
            {
                var options = provider.GetRequiredService<IOptions<AmConnectorOptions>>().Value;
                // SkipToken: the change feed continues its pages with its own $skiptoken (ADR-012).
                odata.Select().Filter().OrderBy().Expand().Count().SkipToken().SetMaxTop(options.OData.MaxTop);
                odata.TimeZone = TimeZoneInfo.Utc;
                // Only $-prefixed options are query options, so a host's own "filter" parameter never collides.
                odata.EnableNoDollarQueryOptions = false;
                odata.AddRouteComponents(options.Route("odata"), AmConnectorEdmModel.Instance, routeServices =>
                {
                    routeServices.AddSingleton<Microsoft.AspNetCore.OData.Batch.ODataBatchHandler>(new TransactionalBatchHandler
                    {
                        MessageQuotas =
                        {
                            MaxOperationsPerChangeset = options.OData.MaxBatchOperations,
                            MaxPartsPerBatch = options.OData.MaxBatchOperations,
                            MaxReceivedMessageSize = 4 * 1024 * 1024,
                        },
                    });
                    routeServices.AddSingleton<Microsoft.AspNetCore.OData.Formatter.Serialization.ODataResourceSetSerializer, ProprietaryCompositionSerializer>();
                    routeServices.AddSingleton<Microsoft.AspNetCore.OData.Formatter.Serialization.ODataResourceSerializer, SupplierHiddenPropertySerializer>();
                    routeServices.AddSingleton<Microsoft.AspNetCore.OData.Query.Expressions.ISelectExpandBinder, JsonDocumentSelectExpandBinder>();
                    // Date comparisons and the lots' effective status bound so the indexes serve them (P3).
                    routeServices.AddSingleton<Microsoft.AspNetCore.OData.Query.Expressions.IFilterBinder, IndexFriendlyFilterBinder>();
                    // Enum literals without their namespace: Status eq 'Released'.
                    routeServices.AddSingleton<Microsoft.OData.UriParser.ODataUriResolver>(
                        new Microsoft.OData.UriParser.StringAsEnumResolver { EnableCaseInsensitive = true });
                });
            });

        // $batch must run before routing, so its sub-requests are routed like any request.
        services.AddTransient<IStartupFilter, ODataBatchingStartupFilter>();
    }

    /// <summary>Marks that AmConnector's services are registered, so a second call adds nothing twice.</summary>
    private sealed class AmConnectorMarker;
}

using System.Text.Json;
using AmConnector.Webhooks.Inbound;

namespace AmConnector.Benchmarks.Micro;

/// <summary>Fixed inputs shared by the micro-benchmarks.</summary>
internal static class MicroSamples
{
    /// <summary>A supplier's <c>am.change-notice.published</c> CloudEvent as the load scenarios send it.</summary>
    public static string ChangeNoticeCloudEvent { get; } = JsonSerializer.Serialize(new
    {
        specversion = "1.0",
        id = "2f1c7b1e-6a53-4a43-9a8e-5b0f3f2a9c11",
        source = "urn:supplier:NWB:publisher",
        type = InboundEventTypes.ChangeNoticePublished,
        time = new DateTimeOffset(2026, 11, 28, 6, 0, 0, TimeSpan.Zero),
        datacontenttype = "application/json",
        data = new
        {
            supplierReference = "CN-2026-0042",
            version = 1,
            area = "Process",
            level = "Level1",
            title = "Sterile filter of the final fill changes supplier",
            description = "Sterile filter of the final fill changes supplier; same pore size and membrane.",
            rationale = "Supply continuity.",
            affectedCatalogueNumbers = new[] { "NB-FBS-500", "NB-FBS-100" },
            plannedImplementationOn = "2027-09-01",
            contact = new { name = "Quality Desk", email = "quality@northwind-bio.example" },
        },
    });
}

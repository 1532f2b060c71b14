using System.Net;
using AmConnector.Client.Suppliers;
using AmConnector.Client.Suppliers.Events;
using AmConnector.Client.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace AmConnector.Client.Tests.Suppliers;

/// <summary>A supplier's IT team publishes signed events with the SDK and reads its own view back.</summary>
public sealed class SupplierPublishingTests(ServerFactory server) : IClassFixture<ServerFactory>
{
    private async Task<ServiceProvider> SupplierAsync() =>
        server.SdkFor(TestClients.SupplierNwb, Configure(await server.IssueSupplierSecretAsync("NWB")));

    private static Action<AmConnectorClientOptions> Configure(string secret) => o => (o.SupplierCode, o.SupplierWebhookSecret) = ("NWB", secret);

    [Fact]
    public async Task A_signed_change_notice_is_accepted_with_202_and_its_repeat_is_answered_200()
    {
        await using var sdk = await SupplierAsync();
        var publisher = sdk.GetRequiredService<SupplierEventPublisher>();
        var reference = "SDK-" + Guid.NewGuid().ToString("N")[..8];
        var notice = new ChangeNoticeDetails
        {
            SupplierReference = reference,
            Area = "Site",
            Level = "Level2",
            Title = "Transfer of FBS filling to the Cork site",
            Description = "Aseptic filling moves from Logan, UT to Cork, IE.",
            AffectedCatalogueNumbers = ["NB-FBS-500"],
            PlannedImplementationOn = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(400),
            Contact = new ContactPerson { Name = "Dana Whitfield", Email = "change.control@northwind-bio.example" },
        };
        var eventId = Guid.NewGuid().ToString();

        var first = await publisher.PublishChangeNoticeAsync(notice, eventId);
        var repeat = await publisher.PublishChangeNoticeAsync(notice, eventId);

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.False(first.IsRepeat);
        Assert.Equal(SupplierEventTypes.ChangeNoticePublished, first.Type);
        Assert.Equal(HttpStatusCode.OK, repeat.StatusCode);
        Assert.True(repeat.IsRepeat);
        Assert.Equal(first.InboundEventId, repeat.InboundEventId);

        var mine = await sdk.GetRequiredService<ISupplierApi>().GetChangeNoticesAsync();
        Assert.Contains(mine.Value, n => n.SupplierReference == reference);
        Assert.All(mine.Value, n => Assert.Equal("NWB", n.SupplierCode));
        var log = await sdk.GetRequiredService<ISupplierApi>().GetInboundEventsAsync("NWB", SupplierEventTypes.ChangeNoticePublished);
        Assert.Single(log, e => e.CloudEventId == eventId);
    }

    [Fact]
    public async Task A_signed_CoA_is_accepted_with_202()
    {
        await using var sdk = await SupplierAsync();
        var coa = new CoaIssued
        {
            CatalogueNumber = "NB-FBS-500",
            DocumentNumber = "COA-SDK-" + Guid.NewGuid().ToString("N")[..8],
            IssuedOn = DateOnly.FromDateTime(DateTime.UtcNow),
            Signatory = "J. Okafor, QA Manager",
            Lots = [new CoaLot { LotNumber = "SDK-" + Guid.NewGuid().ToString("N")[..6], ExpiresOn = DateOnly.FromDateTime(DateTime.UtcNow).AddYears(3) }],
            Results =
            [
                new CoaResult { TestName = "Endotoxin", Method = "USP <85>", Specification = new CoaSpecification { Kind = "Numeric", Upper = 10, Unit = "[EU]/mL" }, ReportedValue = 2.1m, ReportedUnit = "[EU]/mL" },
                new CoaResult { TestName = "Sterility", Method = "USP <71>", Specification = new CoaSpecification { Kind = "Qualitative", Expected = "NotDetected" }, ReportedResult = "Not detected" },
            ],
        };

        var result = await sdk.GetRequiredService<SupplierEventPublisher>().IssueCoaAsync(coa);

        Assert.Equal(HttpStatusCode.Accepted, result.StatusCode);
        Assert.Equal(SupplierEventTypes.CoaIssued, result.Type);
    }

    [Fact]
    public async Task An_ASTM_E3077_CoA_is_published_as_XML_and_judged()
    {
        await using var sdk = await SupplierAsync();
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var xml = (await File.ReadAllTextAsync(RepositoryRoot.Combine("samples", "astm-e3077", "coa-example.xml")))
            .Replace("NWB-COA-FB261142", "NWB-COA-SDK-" + suffix, StringComparison.Ordinal)
            .Replace("FB-26-1142", "FB-SDK-" + suffix, StringComparison.Ordinal);

        var result = await sdk.GetRequiredService<SupplierEventPublisher>().IssueCoaXmlAsync(xml);

        Assert.Equal(HttpStatusCode.Accepted, result.StatusCode);
        Assert.Equal("Pass", result.Result.GetProperty("verdict").GetString());
    }

    [Fact]
    public async Task A_wrong_secret_is_refused_with_401_as_an_ApiException()
    {
        await server.IssueSupplierSecretAsync("NWB");
        await using var sdk = server.SdkFor(TestClients.SupplierNwb, Configure("whsec_" + Convert.ToBase64String(new byte[32])));

        var refusal = await Assert.ThrowsAsync<Refit.ApiException>(() => sdk.GetRequiredService<SupplierEventPublisher>().SendTestAsync("hello"));

        Assert.Equal(HttpStatusCode.Unauthorized, refusal.StatusCode);
    }

    [Fact]
    public async Task Every_inbound_type_is_accepted_as_the_SDK_writes_it()
    {
        await using var sdk = await SupplierAsync();
        var publisher = sdk.GetRequiredService<SupplierEventPublisher>();
        var reference = "SDK-" + Guid.NewGuid().ToString("N")[..8];
        var lotNumber = "SDK-" + Guid.NewGuid().ToString("N")[..6];
        var notice = new ChangeNoticeDetails
        {
            SupplierReference = reference,
            Area = "LabellingOrDocuments",
            Level = "Level1",
            Title = "New label layout",
            AffectedCatalogueNumbers = ["NB-HSA25-50"],
            SupportingDocuments = [new DocumentReference { Title = "Label proof", Kind = "labelling", Uri = new Uri("https://docs.example/label.pdf"), MediaType = "application/pdf" }],
        };

        PublishResult[] results =
        [
            await publisher.PublishChangeNoticeAsync(notice),
            await publisher.ReviseChangeNoticeAsync(notice with { Version = 2, Title = "New label layout, revised" }),
            await publisher.WithdrawChangeNoticeAsync(new ChangeNoticeWithdrawal { SupplierReference = reference, Reason = "Layout change cancelled." }),
            await publisher.IssueCoaAsync(new CoaIssued
            {
                CatalogueNumber = "NB-HSA25-50",
                DocumentNumber = "COA-" + lotNumber,
                IssuedOn = DateOnly.FromDateTime(DateTime.UtcNow),
                Lots = [new CoaLot { LotNumber = lotNumber }],
                Results = [new CoaResult { TestName = "Appearance", Specification = new CoaSpecification { Kind = "Text", Text = "Clear" }, ReportedResult = "Clear" }],
            }),
            await publisher.RecallLotAsync(new LotRecall { CatalogueNumber = "NB-HSA25-50", LotNumber = lotNumber, Reason = "Label mix-up." }),
            await publisher.UpdateProductInformationAsync(new ProductInformationUpdate
            {
                CatalogueNumber = "NB-HSA25-50",
                Storage = new StorageConditions { MinTemperatureCelsius = 2, MaxTemperatureCelsius = 8, ProtectFromLight = true },
            }),
            await publisher.SendTestAsync("hello"),
        ];

        Assert.All(results, r => Assert.Equal(HttpStatusCode.Accepted, r.StatusCode));
        Assert.Equal(
            [SupplierEventTypes.ChangeNoticePublished, SupplierEventTypes.ChangeNoticeRevised, SupplierEventTypes.ChangeNoticeWithdrawn, SupplierEventTypes.CoaIssued,
             SupplierEventTypes.LotRecalled, SupplierEventTypes.ProductInformationUpdated, SupplierEventTypes.Test],
            results.Select(r => r.Type));
    }
}

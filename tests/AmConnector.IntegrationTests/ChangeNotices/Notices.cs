using System.Net.Http.Json;
using System.Text.Json;
using AmConnector.ChangeNotices;
using AmConnector.Data;
using AmConnector.IntegrationTests.Infrastructure;
using AmConnector.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AmConnector.IntegrationTests.ChangeNotices;

/// <summary>
/// Helpers for the change-notice tests: the intake is called as the webhook receiver will call it
/// (a scope, the intake, then one SaveChangesAsync), and the actions over HTTP.
/// </summary>
internal static class Notices
{
    public static ChangeNotice New(string supplierCode, string reference, ChangeArea area, ChangeLevel level, params string[] catalogueNumbers) => new()
    {
        SupplierCode = supplierCode,
        SupplierReference = reference,
        Area = area,
        Level = level,
        Title = $"Test notice {reference}",
        Description = "What changes.",
        Rationale = "Why it changes.",
        AffectedCatalogueNumbers = [.. catalogueNumbers],
        NotifiedAt = DateTimeOffset.UtcNow,
        PlannedImplementationOn = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(400),
    };

    public static async Task<ChangeNoticeIntakeResult> IntakeAsync(
        AmConnectorFactory factory, Func<ChangeNoticeIntake, AmConnectorDbContext, Task<ChangeNoticeIntakeResult>> call)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AmConnectorDbContext>();
        var result = await call(scope.ServiceProvider.GetRequiredService<ChangeNoticeIntake>(), db);
        if (result.Succeeded)
        {
            await db.SaveChangesAsync();
        }

        return result;
    }

    public static Task<ChangeNoticeIntakeResult> PublishAsync(AmConnectorFactory factory, ChangeNotice notice) =>
        IntakeAsync(factory, (intake, db) => intake.PublishAsync(db, notice, JsonSerializer.Serialize(new { notice.SupplierReference, notice.Version }), CancellationToken.None));

    public static Task<ChangeNoticeIntakeResult> ReviseAsync(AmConnectorFactory factory, ChangeNotice notice) =>
        IntakeAsync(factory, (intake, db) => intake.ReviseAsync(db, notice, JsonSerializer.Serialize(new { notice.SupplierReference, notice.Version }), CancellationToken.None));

    public static async Task<Guid> SupplierIdAsync(AmConnectorFactory factory, string code)
    {
        await using var scope = factory.Scope(out var db);
        return await db.Suppliers.Where(s => s.Code == code).Select(s => s.Id).SingleAsync();
    }

    public static async Task<ChangeNotice> LoadAsync(AmConnectorFactory factory, Guid id)
    {
        await using var scope = factory.Scope(out var db);
        return await db.ChangeNotices.AsNoTracking().Include(n => n.Versions).Include(n => n.AffectedMaterials).SingleAsync(n => n.Id == id);
    }

    public static async Task<List<OutboxMessage>> EventsAsync(AmConnectorFactory factory, ChangeNotice notice)
    {
        await using var scope = factory.Scope(out var db);
        var subject = ChangeNoticeEvents.Subject(notice);
        return await db.OutboxMessages.AsNoTracking().Where(m => m.Subject == subject).OrderBy(m => m.Id).ToListAsync();
    }

    public static Task<HttpResponseMessage> ActAsync(HttpClient client, Guid id, string action, object body) =>
        client.PostAsJsonAsync($"/odata/ChangeNotices({id})/AmConnector.{action}", body);
}

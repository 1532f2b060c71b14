using AmConnector.Data;
using AmConnector.Suppliers;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace AmConnector.Tests.Data;

/// <summary>Timestamps come from the injected clock, and every change, owned parts included, moves the ETag.</summary>
public sealed class EntityStampingInterceptorTests : IAsyncLifetime, IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _clock = new(Start);
    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    public async Task InitializeAsync()
    {
        await _connection.OpenAsync();
        await using var db = Context();
        await db.Database.EnsureCreatedAsync();
    }

    [Fact]
    public async Task An_insert_gets_revision_1_and_both_stamps_from_the_clock()
    {
        var supplier = await AddSupplierAsync();

        Assert.Equal(1, supplier.Revision);
        Assert.Equal(Start, supplier.CreatedAt);
        Assert.Equal(Start, supplier.ModifiedAt);
    }

    [Fact]
    public async Task An_update_bumps_the_revision_and_moves_only_the_modified_stamp()
    {
        var id = (await AddSupplierAsync()).Id;
        _clock.Advance(TimeSpan.FromHours(1));

        await using var db = Context();
        var supplier = await db.Suppliers.SingleAsync(s => s.Id == id);
        supplier.Name = "Northwind Bioreagents GmbH";
        await db.SaveChangesAsync();

        Assert.Equal(2, supplier.Revision);
        Assert.Equal(Start, supplier.CreatedAt);
        Assert.Equal(Start.AddHours(1), supplier.ModifiedAt);
    }

    [Fact]
    public async Task A_change_to_an_owned_part_only_still_moves_the_ETag()
    {
        var id = (await AddSupplierAsync()).Id;

        await using var db = Context();
        var supplier = await db.Suppliers.SingleAsync(s => s.Id == id);
        supplier.Address.City = "Basel";
        await db.SaveChangesAsync();

        Assert.Equal(2, supplier.Revision);
    }

    [Fact]
    public async Task A_writer_holding_a_stale_revision_fails_with_a_concurrency_error()
    {
        var id = (await AddSupplierAsync()).Id;
        await using var first = Context();
        await using var second = Context();
        var a = await first.Suppliers.SingleAsync(s => s.Id == id);
        var b = await second.Suppliers.SingleAsync(s => s.Id == id);

        a.Name = "first";
        await first.SaveChangesAsync();
        b.Name = "second";

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
    }

    [Fact]
    public async Task Saving_without_changes_leaves_the_revision_alone()
    {
        var id = (await AddSupplierAsync()).Id;

        await using var db = Context();
        var supplier = await db.Suppliers.SingleAsync(s => s.Id == id);
        await db.SaveChangesAsync();

        Assert.Equal(1, supplier.Revision);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _connection.Dispose();

    private async Task<Supplier> AddSupplierAsync()
    {
        await using var db = Context();
        var supplier = new Supplier { Code = $"S{Guid.NewGuid():N}"[..10], Name = "Northwind Bioreagents", Country = "DE" };
        db.Suppliers.Add(supplier);
        await db.SaveChangesAsync();
        return supplier;
    }

    private AmConnectorDbContext Context() => new(new DbContextOptionsBuilder<AmConnectorDbContext>()
        .UseSqlite(_connection)
        .AddInterceptors(new EntityStampingInterceptor(_clock))
        .Options);
}

using AmConnector.BulkData;
using AmConnector.BulkData.Csv;
using AmConnector.BulkData.Kinds;
using AmConnector.Common;
using AmConnector.Data;
using AmConnector.Lots;
using AmConnector.Materials;
using AmConnector.Outbox;
using AmConnector.Suppliers;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace AmConnector.Tests.BulkData;

/// <summary>Rows are checked by the features' own write rules, plus keys against the file and the database.</summary>
public sealed class BulkValidatorTests : IAsyncLifetime, IDisposable
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");
    private AmConnectorDbContext _db = null!;

    public async Task InitializeAsync()
    {
        await _connection.OpenAsync();
        _db = new AmConnectorDbContext(new DbContextOptionsBuilder<AmConnectorDbContext>()
            .UseSqlite(_connection, sqlite => sqlite.MigrationsAssembly(DatabaseConfigurator.SqliteMigrationsAssembly)).Options);
        // The real schema: lots are read through the LotsRead view that the migrations create.
        await _db.Database.MigrateAsync();
        var supplier = new Supplier { Code = "NWB", Name = "Northwind", Country = "DE" };
        _db.Add(supplier);
        _db.Add(new Material { SupplierId = supplier.Id, SupplierCode = "NWB", CatalogueNumber = "FBS-500", Name = "FBS" });
        await _db.SaveChangesAsync();
        _db.ChangeTracker.Clear();
    }

    [Fact]
    public async Task CheckAsync_SupplierBreakingTheRules_IsRejectedOncePerRule()
    {
        var rejections = await CheckAsync(new SupplierBulkKind(new SupplierWriteRules()),
            "Code,Name,Country,LastAuditOn,NextAuditDue,QualityAgreement.Level1NoticeDays,Approval",
            "ACME,Acme,usa,2025-05-01,2025-01-01,4000,1");

        Assert.Equal(
            [
                ("Approval", "is not one of Pending, Approved, Conditional, Suspended, Disqualified: '1'."),
                ("Country", "'usa' is not an ISO 3166-1 alpha-2 code (two capital letters)."),
                ("NextAuditDue", "2025-01-01 is before LastAuditOn 2025-05-01."),
                ("QualityAgreement.Level1NoticeDays", "must be between 0 and 3650; was 4000."),
            ],
            rejections.Select(r => (r.Field, r.Reason)).Order());
        Assert.All(rejections, r => Assert.Equal((2, "ACME"), (r.Line, r.Key)));
    }

    [Fact]
    public async Task CheckAsync_KeyRepeatedInTheFileOrStoredAlready_IsRejected()
    {
        var rejections = await CheckAsync(new SupplierBulkKind(new SupplierWriteRules()),
            "Code,Name,Country", "ACME,Acme,US", "ACME,Acme again,US", "NWB,Northwind,DE");

        Assert.Equal(
            [(3, "Code", "repeats the key of line 2."), (4, "Code", "exists already; the import only creates records.")],
            rejections.Select(r => (r.Line, r.Field, r.Reason)));
    }

    [Fact]
    public async Task CheckAsync_LotNotInQuarantineOrOfAnUnknownMaterial_IsRejectedByTheLotRules()
    {
        var rejections = await CheckAsync(new LotBulkKind(new LotWriteRules()),
            "SupplierCode,CatalogueNumber,LotNumber,Status", "NWB,FBS-500,L1,Released", "NWB,NOPE,L2,", "NWB,FBS-500,L3,Quarantine");

        Assert.Equal(
            [
                (2, "Status", "a new lot starts in Quarantine; its status changes through the lot lifecycle actions."),
                (3, "CatalogueNumber", "names no known material (give MaterialId, or SupplierCode and CatalogueNumber)."),
            ],
            rejections.Select(r => (r.Line, r.Field, r.Reason)));
    }

    [Fact]
    public async Task CheckAsync_ValidLot_IsLinkedToItsMaterial()
    {
        var kind = new LotBulkKind(new LotWriteRules());
        var validator = await BulkValidator<Lot>.CreateAsync(kind, new CsvRecord(1, ["SupplierCode", "CatalogueNumber", "LotNumber"]), _db, default);

        var lot = await validator.CheckAsync(new CsvRecord(2, ["NWB", "FBS-500", "L1"]), [], default);

        Assert.Equal(await _db.Materials.Select(m => m.Id).SingleAsync(), lot!.MaterialId);
    }

    [Fact]
    public async Task CheckAsync_ValidMaterial_GetsItsDerivedScopeAndTier()
    {
        var kind = new MaterialBulkKind(new MaterialWriteRules(new OutboxWriter(TimeProvider.System), TimeProvider.System));
        var validator = await BulkValidator<Material>.CreateAsync(kind, new CsvRecord(1,
            ["SupplierCode", "CatalogueNumber", "Name", "Grade", "Scope.UsedInCellProcessing", "Scope.InContactWithActiveSubstance", "Scope.IntendedInFinalProduct"]), _db, default);

        var material = await validator.CheckAsync(new CsvRecord(2, ["NWB", "IL2", "IL-2", "Gmp", "true", "true", "false"]), [], default);

        Assert.True(material!.InScope);
        Assert.NotNull(material.Tier.Derived);
        Assert.Equal(await _db.Suppliers.Select(s => s.Id).SingleAsync(), material.SupplierId);
    }

    [Fact]
    public async Task CheckAsync_MaterialOfAnUnknownSupplier_IsRejectedOnSupplierCode()
    {
        var rejections = await CheckAsync(new MaterialBulkKind(new MaterialWriteRules(new OutboxWriter(TimeProvider.System), TimeProvider.System)),
            "SupplierCode,CatalogueNumber,Name", "ACME,X1,Thing");

        Assert.Equal("SupplierCode", Assert.Single(rejections).Field);
    }

    [Fact]
    public async Task CheckAsync_RowWithTooFewFields_IsRejectedAsARow()
    {
        var rejections = await CheckAsync(new SupplierBulkKind(new SupplierWriteRules()), "Code,Name,Country", "ACME,Acme");

        Assert.Equal(("(row)", "has 2 fields; the header has 3."), (Assert.Single(rejections).Field, rejections[0].Reason));
    }

    [Theory]
    [InlineData("Code,Name,Colour", "unknown column 'Colour'")]
    [InlineData("Code,Name,Code", "'Code' twice")]
    [InlineData("Name,Country", "lacks the key column(s) Code")]
    public async Task CreateAsync_BadHeader_RefusesTheFile(string header, string reason)
    {
        var ex = await Assert.ThrowsAsync<BulkDataException>(() =>
            BulkValidator<Supplier>.CreateAsync(new SupplierBulkKind(new SupplierWriteRules()), new CsvRecord(1, header.Split(',')), _db, default));

        Assert.Contains(reason, ex.Message, StringComparison.Ordinal);
    }

    public Task DisposeAsync() => _db.DisposeAsync().AsTask();

    public void Dispose() => _connection.Dispose();

    private async Task<List<BulkRejection>> CheckAsync<T>(BulkKind<T> kind, string header, params string[] rows)
        where T : AmEntity, new()
    {
        var validator = await BulkValidator<T>.CreateAsync(kind, new CsvRecord(1, header.Split(',')), _db, default);
        var rejections = new List<BulkRejection>();
        for (var i = 0; i < rows.Length; i++)
        {
            await validator.CheckAsync(new CsvRecord(i + 2, rows[i].Split(',')), rejections, default);
        }

        return rejections;
    }
}

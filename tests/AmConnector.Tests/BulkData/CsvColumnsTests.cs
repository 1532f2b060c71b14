using AmConnector.BulkData.Columns;
using AmConnector.Lots;
using AmConnector.Suppliers;

namespace AmConnector.Tests.BulkData;

public sealed class CsvColumnsTests
{
    private static readonly CsvColumn<Lot> Expires = CsvColumns<Lot>.Date(nameof(Lot.ExpiresOn), l => l.ExpiresOn, (l, v) => l.ExpiresOn = v);
    private static readonly CsvColumn<Lot> Quantity = CsvColumns<Lot>.Decimal(nameof(Lot.Quantity), l => l.Quantity, (l, v) => l.Quantity = v);
    private static readonly CsvColumn<Lot> Status = CsvColumns<Lot>.Enum<LotStatus>(nameof(Lot.Status), l => l.Status, (l, v) => l.Status = v);

    private static readonly CsvColumn<Supplier> Certifications =
        CsvColumns<Supplier>.Json<SupplierCertification>(nameof(Supplier.Certifications), s => s.Certifications, (s, v) => s.Certifications = v);

    [Fact]
    public void Date_IsoDate_ParsesAndFormatsTheSame()
    {
        var lot = new Lot();

        Assert.Null(Expires.Parse(lot, "2027-01-31"));
        Assert.Equal("2027-01-31", Expires.Format(lot));
    }

    [Theory]
    [InlineData("31/01/2027")]
    [InlineData("2027-02-30")]
    public void Date_OtherForms_AreRefusedWithTheCell(string cell) =>
        Assert.Contains(cell, Expires.Parse(new Lot(), cell), StringComparison.Ordinal);

    [Theory]
    [InlineData("12.50", "12.5")]
    [InlineData("-0.0010", "-0.001")]
    [InlineData("500", "500")]
    public void Decimal_IsWrittenWithoutTrailingZeros(string cell, string written)
    {
        var lot = new Lot();

        Assert.Null(Quantity.Parse(lot, cell));
        Assert.Equal(written, Quantity.Format(lot));
    }

    [Theory]
    [InlineData("1,5")]
    [InlineData("1,000")]
    [InlineData("ten")]
    public void Decimal_CommaOrText_IsRefused(string cell) =>
        Assert.NotNull(Quantity.Parse(new Lot(), cell));

    [Theory]
    [InlineData("released", LotStatus.Released)]
    [InlineData("Quarantine", LotStatus.Quarantine)]
    public void Enum_NameInAnyCase_IsAccepted(string cell, LotStatus expected)
    {
        var lot = new Lot();

        Assert.Null(Status.Parse(lot, cell));
        Assert.Equal(expected, lot.Status);
    }

    [Theory]
    [InlineData("1")]
    [InlineData("42")]
    [InlineData("Frozen")]
    public void Enum_NumberOrUnknownName_IsRefusedNamingTheMembers(string cell) =>
        Assert.Contains("Quarantine, Released", Status.Parse(new Lot(), cell), StringComparison.Ordinal);

    [Fact]
    public void Json_ListOfObjects_RoundTripsCompactWithoutNulls()
    {
        const string Cell = """[{"Standard":"Iso9001","Number":"Q-1","ValidUntil":"2027-01-31"}]""";
        var supplier = new Supplier();

        Assert.Null(Certifications.Parse(supplier, Cell));
        Assert.Equal(CertificationStandard.Iso9001, supplier.Certifications.Single().Standard);
        Assert.Equal(Cell, Certifications.Format(supplier));
    }

    [Theory]
    [InlineData("""[{"Standard":"Iso9001","Typo":"x"}]""")]
    [InlineData("""[{"Standard":3}]""")]
    [InlineData("not json")]
    public void Json_UnknownPropertyNumericEnumOrGarbage_IsRefused(string cell) =>
        Assert.StartsWith("is not a JSON array of SupplierCertification", Certifications.Parse(new Supplier(), cell), StringComparison.Ordinal);
}

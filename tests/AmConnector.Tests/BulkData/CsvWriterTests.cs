using AmConnector.BulkData.Csv;

namespace AmConnector.Tests.BulkData;

public sealed class CsvWriterTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData(null, "")]
    public void Quote_QuotesOnlyWhatMustBe(string? field, string expected) =>
        Assert.Equal(expected, CsvWriter.Quote(field));

    [Fact]
    public async Task WriteRecordAsync_ThenReadAsync_GivesTheSameFields()
    {
        string[] fields = ["a", "b, c", "\"q\"", "x\r\ny", "", "Straße"];
        using var text = new StringWriter();

        await new CsvWriter(text).WriteRecordAsync(fields, CancellationToken.None);
        var records = await CsvReaderTests.ReadAllAsync(text.ToString());

        Assert.EndsWith("\r\n", text.ToString(), StringComparison.Ordinal);
        Assert.Equal(fields, records.Single().Fields);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"x\")", "'=HYPERLINK(\"x\")")]
    [InlineData("-20 °C", "'-20 °C")]
    [InlineData("'quoted", "''quoted")]
    [InlineData("Plain", "Plain")]
    public void SpreadsheetSafe_EscapeThenUnescape_RoundTrips(string value, string escaped)
    {
        Assert.Equal(escaped, SpreadsheetSafe.Escape(value));
        Assert.Equal(value, SpreadsheetSafe.Unescape(escaped));
    }
}

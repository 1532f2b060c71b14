using AmConnector.BulkData.Csv;

namespace AmConnector.Tests.BulkData;

public sealed class CsvReaderTests
{
    [Fact]
    public async Task ReadAsync_QuotedFields_KeepCommasQuotesAndLineBreaks()
    {
        var records = await ReadAllAsync("a,\"b, c\",\"say \"\"hi\"\"\"\r\n\"two\r\nlines\",,\"\"\r\n");

        Assert.Equal(["a", "b, c", "say \"hi\""], records[0].Fields);
        Assert.Equal(["two\r\nlines", "", ""], records[1].Fields);
    }

    [Fact]
    public async Task ReadAsync_RecordSpanningLines_IsNumberedByItsFirstLine()
    {
        var records = await ReadAllAsync("h1,h2\n\"x\ny\",1\nz,2");

        Assert.Equal([1, 2, 4], records.Select(r => r.Line));
        Assert.Equal(["z", "2"], records[2].Fields);
    }

    [Fact]
    public async Task ReadAsync_ByteOrderMark_IsDropped()
    {
        var records = await ReadAllAsync("\uFEFFCode,Name\nA,B\n");

        Assert.Equal("Code", records[0].Fields[0]);
        Assert.Equal(2, records.Count);
    }

    [Fact]
    public async Task ReadAsync_BlankLinesAndFinalLineBreak_AreNotRecords()
    {
        var records = await ReadAllAsync("a,b\r\n\r\nc,d\r\n\r\n");

        Assert.Equal(2, records.Count);
        Assert.Equal(3, records[1].Line);
    }

    [Theory]
    [InlineData("a,\"open\nb,c\n", 1, "not closed")]
    [InlineData("a,b\nc,d\"e\n", 2, "double quote")]
    [InlineData("a,\"b\"c\n", 1, "after the closing quote")]
    public async Task ReadAsync_MalformedQuoting_ThrowsWithTheLine(string text, int line, string reason)
    {
        var ex = await Assert.ThrowsAsync<CsvFormatException>(() => ReadAllAsync(text));

        Assert.Equal(line, ex.Line);
        Assert.Contains(reason, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_AFieldLongerThanTheBuffer_IsReadWhole()
    {
        var longText = new string('x', 100_000);

        var records = await ReadAllAsync($"\"{longText}\",\"\"\"\"\n");

        Assert.Equal(longText, records[0].Fields[0]);
        Assert.Equal("\"", records[0].Fields[1]);
    }

    internal static async Task<List<CsvRecord>> ReadAllAsync(string text)
    {
        var reader = new CsvReader(new StringReader(text));
        var records = new List<CsvRecord>();
        while (await reader.ReadAsync(CancellationToken.None) is { } record)
        {
            records.Add(record);
        }

        return records;
    }
}

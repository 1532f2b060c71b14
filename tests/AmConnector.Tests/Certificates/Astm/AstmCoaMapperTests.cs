using System.Text;
using AmConnector.Certificates;
using AmConnector.Certificates.Astm;

namespace AmConnector.Tests.Certificates.Astm;

public sealed class AstmCoaMapperTests
{
    private const string Lines = AstmSample.MaterialPath + "/TestResults/TestResult";

    [Fact]
    public void Map_Sample_GivesTheMaterialTheLotAndEveryLine()
    {
        var mapping = AstmCoaMapper.Map(AstmSample.Text, "NWB");

        Assert.Empty(mapping.Problems);
        var data = mapping.Data!;
        Assert.Equal(("NB-FBS-500", "NWB-COA-FB261142", new DateOnly(2026, 11, 18)), (data.CatalogueNumber, data.DocumentNumber, data.IssuedOn));
        Assert.Equal(("Northwind Bioreagents, Inc.", "J. Okafor, QA Manager"), (data.Issuer, data.Signatory));
        var lot = Assert.Single(data.Lots);
        Assert.Equal(("FB-26-1142", new DateOnly(2026, 10, 12), new DateOnly(2031, 10, 12), (DateOnly?)null), (lot.LotNumber, lot.ManufacturedOn, lot.ExpiresOn, lot.RetestOn));
        Assert.Equal(22, data.Results.Count);

        var endotoxin = data.Results[1];
        Assert.Equal(("Endotoxin", "USP <85>", 1.8m, "[EU]/mL"), (endotoxin.TestName, endotoxin.Method, endotoxin.ReportedValue, endotoxin.ReportedUnit));
        Assert.Equal((SpecificationKind.Numeric, null, 10m, true, "[EU]/mL", "≤ 10 EU/mL"),
            (endotoxin.Specification.Kind, endotoxin.Specification.Lower, endotoxin.Specification.Upper, endotoxin.Specification.UpperInclusive, endotoxin.Specification.Unit, endotoxin.Specification.Text));
        Assert.Equal(("[pH]", "mosm/kg", "mg/mL", "%"), (data.Results[2].ReportedUnit, data.Results[3].ReportedUnit, data.Results[6].ReportedUnit, data.Results[19].Specification.Unit));

        var mycoplasma = data.Results.Single(r => r.TestName == "Mycoplasma");
        Assert.Equal((SpecificationKind.Qualitative, QualitativeOutcome.NotDetected, "Not detected", (decimal?)null),
            (mycoplasma.Specification.Kind, mycoplasma.Specification.Expected, mycoplasma.ReportedResult, mycoplasma.ReportedValue));
        Assert.Equal(QualitativeOutcome.Conforms, data.Results[0].Specification.Expected);
        Assert.Equal([AstmSample.MaterialPath + "/CountryOfOrigin"], mapping.Ignored);
    }

    [Fact]
    public void Map_Bytes_ReadsTheEncodingTheDeclarationNames()
    {
        var text = AstmSample.Text.Replace("encoding=\"UTF-8\"", "encoding=\"UTF-16\"", StringComparison.Ordinal);

        var mapping = AstmCoaMapper.Map(Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(text)).ToArray(), "NWB");

        Assert.True(mapping.IsValid, string.Join("; ", mapping.Problems));
        Assert.Equal("≤ 10 EU/mL", mapping.Data!.Results[1].Specification.Text);
    }

    [Theory]
    [InlineData("<!DOCTYPE ASTMeDataXchange [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>")]
    [InlineData("<!DOCTYPE ASTMeDataXchange SYSTEM \"http://127.0.0.1:9/e3077.dtd\">")]
    [InlineData("<!DOCTYPE ASTMeDataXchange [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>")]
    public void Map_Doctype_IsRefusedBeforeAnyEntityIsRead(string doctype)
    {
        var xml = AstmSample.With("<ASTMeDataXchange ", doctype + "\n<ASTMeDataXchange ")
            .Replace("<LotNumber>FB-26-1142</LotNumber>", "<LotNumber>&xxe;&b;</LotNumber>", StringComparison.Ordinal);

        var mapping = AstmCoaMapper.Map(xml, "NWB");

        var problem = Assert.Single(mapping.Problems);
        Assert.Equal("/", problem.Location);
        Assert.Contains("DOCTYPE is not accepted", problem.Message, StringComparison.Ordinal);
        Assert.Null(mapping.Data);
    }

    [Fact]
    public void Map_MalformedXml_SaysWhereItBreaks()
    {
        var mapping = AstmCoaMapper.Map(AstmSample.With("</LotNumber>", "</Lot>"), "NWB");

        var problem = Assert.Single(mapping.Problems);
        Assert.Equal("/", problem.Location);
        Assert.Matches("^line \\d+, column \\d+: the document is not well-formed XML", problem.Message);
    }

    [Theory]
    [InlineData("<ASTMeDataXchange xmlns=\"http://www.astm.org/E55/03/eDataXchange\">", "<CertificateOfAnalysis xmlns=\"http://www.astm.org/E55/03/eDataXchange\">", "</ASTMeDataXchange>", "</CertificateOfAnalysis>", "/CertificateOfAnalysis")]
    [InlineData("xmlns=\"http://www.astm.org/E55/03/eDataXchange\"", "xmlns=\"urn:example:not-astm\"", "", "", "/ASTMeDataXchange")]
    public void Map_WrongRoot_IsRefused(string find, string replace, string findEnd, string replaceEnd, string location)
    {
        var xml = AstmSample.With(find, replace);
        xml = findEnd.Length == 0 ? xml : xml.Replace(findEnd, replaceEnd, StringComparison.Ordinal);

        var problem = Assert.Single(AstmCoaMapper.Map(xml, "NWB").Problems);

        Assert.Equal(location, problem.Location);
        Assert.Contains("ASTM E3077", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Map_WithoutNamespace_IsReadAlike()
    {
        var mapping = AstmCoaMapper.Map(AstmSample.With(" xmlns=\"http://www.astm.org/E55/03/eDataXchange\"", ""), "NWB");

        Assert.True(mapping.IsValid);
        Assert.Equal(22, mapping.Data!.Results.Count);
    }

    [Fact]
    public void Map_MissingLotNumber_NamesWhereItBelongs()
    {
        var mapping = AstmCoaMapper.Map(AstmSample.With("<LotNumber>FB-26-1142</LotNumber>", ""), "NWB");

        var problem = Assert.Single(mapping.Problems);
        Assert.Equal(AstmSample.MaterialPath + "/LotNumber", problem.Location);
        Assert.Contains("required", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Map_UnknownUnit_NamesTheLineAndTheAtom()
    {
        var mapping = AstmCoaMapper.Map(AstmSample.With("<Value>7.32</Value>\n            <Unit>pH</Unit>", "<Value>7.32</Value>\n            <Unit>furlong/mL</Unit>"), "NWB");

        var problem = Assert.Single(mapping.Problems);
        Assert.Equal(Lines + "[3]/Result/Unit", problem.Location);
        Assert.Contains("furlong", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Map_SeveralProblems_AreAllListed()
    {
        var xml = AstmSample.With("<LotNumber>FB-26-1142</LotNumber>", "")
            .Replace("<ExpiryDate>2031-10-12</ExpiryDate>", "<ExpiryDate>12/10/2031</ExpiryDate>", StringComparison.Ordinal)
            .Replace("<Value>1.8</Value>", "<Value>1,8</Value>", StringComparison.Ordinal)
            .Replace("<ParameterName>IgG</ParameterName>", "<ParameterName> </ParameterName>", StringComparison.Ordinal);

        var locations = AstmCoaMapper.Map(xml, "NWB").Problems.Select(p => p.Location).ToList();

        Assert.Equal(
            [AstmSample.MaterialPath + "/LotNumber", AstmSample.MaterialPath + "/ExpiryDate", Lines + "[2]/Result/Value", Lines + "[7]/ParameterName"],
            locations);
    }

    [Fact]
    public void Map_AnotherSuppliersId_IsRefused()
    {
        var problem = Assert.Single(AstmCoaMapper.Map(AstmSample.Text, "HLX").Problems);

        Assert.Equal(AstmSample.MaterialPath + "/SupplierID", problem.Location);
        Assert.Contains("'NWB'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Map_LimitsBesideAnExpectedResult_IsRefusedAsAmbiguous()
    {
        var xml = AstmSample.With("<UpperLimit>10</UpperLimit>", "<UpperLimit>10</UpperLimit><ExpectedResult>Pass</ExpectedResult>");

        var problem = Assert.Single(AstmCoaMapper.Map(xml, "NWB").Problems);

        Assert.Equal(Lines + "[2]/Specification", problem.Location);
    }

    [Fact]
    public void Map_ExclusiveBound_IsKept()
    {
        var mapping = AstmCoaMapper.Map(AstmSample.With("<UpperLimit>10</UpperLimit>", "<UpperLimit inclusive=\"false\">10</UpperLimit>"), "NWB");

        Assert.False(mapping.Data!.Results[1].Specification.UpperInclusive);
        Assert.True(mapping.Data.Results[2].Specification.UpperInclusive);
    }

    [Fact]
    public void Map_TwoMaterialData_IsRefusedAsOneLotPerDocument()
    {
        var xml = AstmSample.With("  </MaterialDataGroup>", "    <MaterialData/>\n  </MaterialDataGroup>");

        var problem = Assert.Single(AstmCoaMapper.Map(xml, "NWB").Problems);

        Assert.Equal("/ASTMeDataXchange/MaterialDataGroup/MaterialData", problem.Location);
        Assert.Contains("one lot per CoA", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/data/results/1/reportedUnit", Lines + "[2]/Result/Unit")]
    [InlineData("/data/results/4/specification/lower", Lines + "[5]/Specification/LowerLimit")]
    [InlineData("/data/results/4", Lines + "[5]")]
    [InlineData("/data/lots/0/expiresOn", AstmSample.MaterialPath + "/ExpiryDate")]
    [InlineData("/data/catalogueNumber", AstmSample.MaterialPath + "/MaterialNumber")]
    [InlineData("/data/results[3]/TestName", AstmSample.MaterialPath + "/TestResults")]
    [InlineData("/elsewhere", "/ASTMeDataXchange")]
    public void Locate_JsonPointer_GivesTheXmlElementItCameFrom(string jsonPointer, string location)
    {
        Assert.Equal(location, AstmCoaMapper.Map(AstmSample.Text, "NWB").Locate(jsonPointer));
    }
}

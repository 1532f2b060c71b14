using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using AmConnector.Certificates.Evaluation;
using AmConnector.Webhooks.Inbound.Handlers;
using static AmConnector.Certificates.Astm.AstmNames;

namespace AmConnector.Certificates.Astm;

/// <summary>
/// Maps an ASTM E3077 eData document (one <c>MaterialData</c>: one material, one lot, its test
/// results) to the data of <c>am.coa.issued</c>, so it is stored and judged by the very handler and
/// evaluation the JSON event goes through. Every problem is collected, each at its XML location,
/// so a supplier fixes all at once. Element names: <see cref="AstmNames"/> and ADR-014.
/// </summary>
internal sealed class AstmCoaMapper
{
    /// <summary>As many lines as the JSON contract allows (<c>results.maxItems</c>).</summary>
    public const int MaxTestResults = 500;

    private static readonly IReadOnlySet<string> MaterialDataChildren = new HashSet<string>(StringComparer.Ordinal)
    {
        SupplierId, SupplierName, MaterialNumber, MaterialName, LotNumber, ManufactureDate, ExpiryDate, RetestDate,
        CertificateNumber, CertificateDate, ApprovedBy, TestResults,
    };

    private static readonly IReadOnlySet<string> TestResultChildren = new HashSet<string>(StringComparer.Ordinal) { ParameterName, TestMethod, Specification, Result };

    private static readonly IReadOnlySet<string> SpecificationChildren = new HashSet<string>(StringComparer.Ordinal) { SpecificationText, LowerLimit, UpperLimit, Unit, ExpectedResult };

    private static readonly IReadOnlySet<string> ResultChildren = new HashSet<string>(StringComparer.Ordinal) { Value, Text, Unit };

    private readonly List<AstmProblem> problems = [];
    private readonly List<string> ignored = [];
    private readonly List<(string Pointer, string Location)> locations = [];
    private XNamespace ns = XNamespace.None;

    private AstmCoaMapper()
    {
    }

    /// <summary>The XML an <c>application/xml</c> CloudEvent carries, as a string or as <c>data_base64</c>.</summary>
    internal static AstmCoaMapping Map(Webhooks.Inbound.CloudEventEnvelope envelope, string supplierCode) =>
        envelope.XmlBytes is { } xml ? Map(xml, supplierCode) : Map(envelope.XmlText!, supplierCode);

    /// <summary>A document as bytes (a file, or <c>data_base64</c>); <paramref name="supplierCode"/> is the sender it must name, if it names one.</summary>
    public static AstmCoaMapping Map(byte[] xml, string supplierCode)
    {
        var mapper = new AstmCoaMapper();
        return AstmXmlLoader.Load(xml, mapper.problems) is { } document ? mapper.Read(document, supplierCode) : AstmCoaMapping.Refused(mapper.problems);
    }

    /// <summary>A document as text (a CloudEvent's <c>data</c> string).</summary>
    public static AstmCoaMapping Map(string xml, string supplierCode)
    {
        var mapper = new AstmCoaMapper();
        return AstmXmlLoader.Load(xml, mapper.problems) is { } document ? mapper.Read(document, supplierCode) : AstmCoaMapping.Refused(mapper.problems);
    }

    private AstmCoaMapping Read(XDocument document, string supplierCode)
    {
        var root = document.Root!;
        if (root.Name.LocalName != Root || root.Name.NamespaceName is not ("" or AstmNames.Namespace))
        {
            problems.Add(new AstmProblem("/" + root.Name.LocalName,
                $"{At(root)}the root element is '{root.Name}'; an ASTM E3077 eData document has the root {Root} in namespace {AstmNames.Namespace} (or in none)."));
            return AstmCoaMapping.Refused(problems);
        }

        ns = root.Name.Namespace;
        var rootPath = AstmCoaMapping.RootLocation;
        foreach (var child in root.Elements())
        {
            if (child.Name == ns + FileInformation)
            {
                IgnoreUnknown(child, $"{rootPath}/{FileInformation}", FileInformationChildren, allowSignature: true);
            }
            else if (child.Name != ns + MaterialDataGroup)
            {
                ignored.Add($"{rootPath}/{child.Name.LocalName}");
            }
        }

        if (One(root, rootPath, MaterialDataGroup) is not { } group)
        {
            return AstmCoaMapping.Refused(problems);
        }

        var groupPath = $"{rootPath}/{MaterialDataGroup}";
        IgnoreUnknown(group, groupPath, new HashSet<string> { MaterialData });
        var materials = group.Elements(ns + MaterialData).ToList();
        if (materials.Count != 1)
        {
            problems.Add(new AstmProblem($"{groupPath}/{MaterialData}", materials.Count == 0
                ? $"{At(group)}is required: one {MaterialData} (the material, its lot and its test results)."
                : $"{At(materials[1])}appears {materials.Count} times; AmConnector reads one {MaterialData} per document (one lot per CoA), so send one document per lot."));
            return AstmCoaMapping.Refused(problems);
        }

        var data = ReadMaterial(materials[0], $"{groupPath}/{MaterialData}[1]", supplierCode);
        return problems.Count > 0 || data is null ? AstmCoaMapping.Refused(problems) : new AstmCoaMapping(data, problems, ignored, locations);
    }

    private CoaIssuedData? ReadMaterial(XElement material, string path, string supplierCode)
    {
        IgnoreUnknown(material, path, MaterialDataChildren);
        locations.Add(("/data", path));
        if (TextOf(material, path, SupplierId, "/data") is { } supplierId && !string.Equals(supplierId, supplierCode, StringComparison.OrdinalIgnoreCase))
        {
            problems.Add(new AstmProblem($"{path}/{SupplierId}",
                $"{At(material.Element(ns + SupplierId))}names supplier '{supplierId}', but the CoA was sent for supplier '{supplierCode}'; a supplier sends only its own CoAs."));
        }

        var issuer = TextOf(material, path, SupplierName, "/data/issuer");
        var catalogueNumber = TextOf(material, path, MaterialNumber, "/data/catalogueNumber", required: true);
        TextOf(material, path, MaterialName, "/data");
        var lotNumber = TextOf(material, path, LotNumber, "/data/lots/0/lotNumber", required: true);
        locations.Add(("/data/lots", $"{path}/{LotNumber}"));
        var manufactured = Date(material, path, ManufactureDate, "/data/lots/0/manufacturedOn");
        var expires = Date(material, path, ExpiryDate, "/data/lots/0/expiresOn");
        var retest = Date(material, path, RetestDate, "/data/lots/0/retestOn");
        var documentNumber = TextOf(material, path, CertificateNumber, "/data/documentNumber", required: true);
        var issuedOn = Date(material, path, CertificateDate, "/data/issuedOn", required: true);
        var signatory = TextOf(material, path, ApprovedBy, "/data/signatory");
        var lines = ReadResults(material, path);
        if (catalogueNumber is null || lotNumber is null || documentNumber is null || issuedOn is null || lines is null)
        {
            return null;
        }

        return new CoaIssuedData(catalogueNumber, documentNumber, issuedOn.Value, ValidUntil: null, issuer, signatory, Document: null,
            [new CoaLot(lotNumber, manufactured, expires, retest)], lines);
    }

    private List<CoaLine>? ReadResults(XElement material, string materialPath)
    {
        locations.Add(("/data/results", $"{materialPath}/{TestResults}"));
        if (One(material, materialPath, TestResults) is not { } results)
        {
            return null;
        }

        var path = $"{materialPath}/{TestResults}";
        IgnoreUnknown(results, path, new HashSet<string> { TestResult });
        var elements = results.Elements(ns + TestResult).ToList();
        if (elements.Count is 0 or > MaxTestResults)
        {
            problems.Add(new AstmProblem($"{path}/{TestResult}", elements.Count == 0
                ? $"{At(results)}at least one {TestResult} is required."
                : $"{At(elements[MaxTestResults])}{elements.Count} test results; at most {MaxTestResults} are accepted."));
            return null;
        }

        var lines = new List<CoaLine>();
        for (var i = 0; i < elements.Count; i++)
        {
            lines.Add(ReadLine(elements[i], $"{path}/{TestResult}[{i + 1}]", $"/data/results/{i}"));
        }

        return lines;
    }

    private CoaLine ReadLine(XElement line, string path, string pointer)
    {
        IgnoreUnknown(line, path, TestResultChildren);
        locations.Add((pointer, path));
        var name = TextOf(line, path, ParameterName, pointer + "/testName", required: true);
        var method = TextOf(line, path, TestMethod, pointer + "/method");
        var specification = new SpecificationLimit();
        if (Optional(line, path, Specification) is { } spec)
        {
            specification = ReadSpecification(spec, $"{path}/{Specification}", pointer + "/specification");
        }

        locations.Add((pointer + "/reportedResult", $"{path}/{Result}/{Text}"));
        locations.Add((pointer + "/reportedValue", $"{path}/{Result}/{Value}"));
        locations.Add((pointer + "/reportedUnit", $"{path}/{Result}/{Unit}"));
        if (One(line, path, Result) is not { } result)
        {
            return new CoaLine(name ?? "", method, specification, null, null, null);
        }

        var resultPath = $"{path}/{Result}";
        IgnoreUnknown(result, resultPath, ResultChildren);
        var value = Number(result, resultPath, Value, pointer + "/reportedValue");
        var text = TextOf(result, resultPath, Text, pointer + "/reportedResult");
        var unit = UnitOf(result, resultPath, pointer + "/reportedUnit");
        if (value is null && text is null && !problems.Any(p => p.Location.StartsWith(resultPath + "/", StringComparison.Ordinal)))
        {
            problems.Add(new AstmProblem(resultPath, $"{At(result)}needs a {Value} (a number) or a {Text} (the result as printed, e.g. Conforms)."));
        }

        return new CoaLine(name ?? "", method, specification, text, value, unit);
    }

    private SpecificationLimit ReadSpecification(XElement spec, string path, string pointer)
    {
        IgnoreUnknown(spec, path, SpecificationChildren);
        locations.Add((pointer, path));
        var limit = new SpecificationLimit { Text = TextOf(spec, path, SpecificationText, pointer + "/text") };
        (limit.Lower, limit.LowerInclusive) = Bound(spec, path, LowerLimit, pointer + "/lower");
        (limit.Upper, limit.UpperInclusive) = Bound(spec, path, UpperLimit, pointer + "/upper");
        limit.Unit = UnitOf(spec, path, pointer + "/unit");
        if (TextOf(spec, path, ExpectedResult, pointer + "/expected") is { } expected)
        {
            if (Outcome(expected) is { } outcome)
            {
                limit.Expected = outcome;
            }
            else
            {
                problems.Add(new AstmProblem($"{path}/{ExpectedResult}",
                    $"{At(spec.Element(ns + ExpectedResult))}'{expected}' is not an expected outcome AmConnector can judge: Conforms, Pass, Negative, Not detected or Absent."));
            }
        }

        var numeric = limit.Lower is not null || limit.Upper is not null;
        if (numeric && limit.Expected is not null)
        {
            problems.Add(new AstmProblem(path, $"{At(spec)}has limits and an {ExpectedResult}; a line is either numeric or qualitative."));
        }

        limit.Kind = numeric ? SpecificationKind.Numeric : limit.Expected is not null ? SpecificationKind.Qualitative : SpecificationKind.Text;
        return limit;
    }

    private (decimal? Value, bool Inclusive) Bound(XElement spec, string path, string name, string pointer)
    {
        var value = Number(spec, path, name, pointer);
        var attribute = spec.Element(ns + name)?.Attribute(InclusiveAttribute);
        if (attribute is null)
        {
            return (value, true);
        }

        try
        {
            return (value, XmlConvert.ToBoolean(attribute.Value));
        }
        catch (FormatException)
        {
            problems.Add(new AstmProblem($"{path}/{name}/@{InclusiveAttribute}", $"{At(attribute)}'{attribute.Value}' is not true or false."));
            return (value, true);
        }
    }

    private string? UnitOf(XElement parent, string path, string pointer)
    {
        if (TextOf(parent, path, Unit, pointer) is not { } written)
        {
            return null;
        }

        if (AstmUnits.TryRead(written, out var code, out var error))
        {
            return code.Length == 0 ? null : code;
        }

        problems.Add(new AstmProblem($"{path}/{Unit}", $"{At(parent.Element(ns + Unit))}{error}; write a UCUM unit such as mg/mL, EU/mL, % or {{cells}}/mL."));
        return null;
    }

    private static QualitativeOutcome? Outcome(string printed)
    {
        if (Enum.TryParse<QualitativeOutcome>(printed, ignoreCase: true, out var named) && Enum.IsDefined(named))
        {
            return named;
        }

        var reading = QualitativeVocabulary.Read(printed);
        return reading.Kind == QualitativeReadingKind.Outcome ? reading.Outcome : null;
    }

    private DateOnly? Date(XElement parent, string path, string name, string pointer, bool required = false)
    {
        if (TextOf(parent, path, name, pointer, required) is not { } text)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        problems.Add(new AstmProblem($"{path}/{name}", $"{At(parent.Element(ns + name))}'{text}' is not a date; write xs:date (yyyy-MM-dd)."));
        return null;
    }

    private decimal? Number(XElement parent, string path, string name, string pointer)
    {
        if (TextOf(parent, path, name, pointer) is not { } text)
        {
            return null;
        }

        // xs:decimal: an optional sign, digits and a point; no exponent, no thousands separator.
        if (decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        problems.Add(new AstmProblem($"{path}/{name}", $"{At(parent.Element(ns + name))}'{text}' is not a number; write xs:decimal, e.g. 0.25."));
        return null;
    }

    /// <summary>The trimmed text of a child that may appear once; its location is recorded for <paramref name="pointer"/>.</summary>
    private string? TextOf(XElement parent, string path, string name, string pointer, bool required = false)
    {
        if (pointer != "/data")
        {
            locations.Add((pointer, $"{path}/{name}"));
        }

        if (Optional(parent, path, name, required) is not { } element)
        {
            return null;
        }

        if (element.HasElements)
        {
            problems.Add(new AstmProblem($"{path}/{name}", $"{At(element)}must hold text, not elements."));
            return null;
        }

        var text = element.Value.Trim();
        if (text.Length == 0)
        {
            if (required)
            {
                problems.Add(new AstmProblem($"{path}/{name}", $"{At(element)}must not be empty."));
            }

            return null;
        }

        return text;
    }

    private XElement? One(XElement parent, string path, string name) => Optional(parent, path, name, required: true);

    private XElement? Optional(XElement parent, string path, string name, bool required = false)
    {
        var found = parent.Elements(ns + name).Take(2).ToList();
        if (found.Count > 1)
        {
            problems.Add(new AstmProblem($"{path}/{name}[2]", $"{At(found[1])}{name} may appear once here."));
        }
        else if (found.Count == 0 && required)
        {
            problems.Add(new AstmProblem($"{path}/{name}", $"{At(parent)}{parent.Name.LocalName} has no {name}, which is required."));
        }

        return found.FirstOrDefault();
    }

    /// <summary>Children this reader does not know are ignored and listed (ADR-014), never silently dropped.</summary>
    private void IgnoreUnknown(XElement element, string path, IReadOnlySet<string> known, bool allowSignature = false)
    {
        foreach (var child in element.Elements())
        {
            var isKnown = child.Name.Namespace == ns && known.Contains(child.Name.LocalName);
            var isSignature = allowSignature && child.Name == XName.Get("Signature", XmlDsigNamespace);
            if (!isKnown && !isSignature)
            {
                ignored.Add($"{path}/{child.Name.LocalName}");
            }
        }
    }

    private static string At(XObject? node) =>
        node is IXmlLineInfo { LineNumber: > 0 } info ? $"line {info.LineNumber}, column {info.LinePosition}: " : "";
}

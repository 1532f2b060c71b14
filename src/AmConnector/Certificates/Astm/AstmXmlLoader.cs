using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace AmConnector.Certificates.Astm;

/// <summary>
/// Reads an E3077 document safely: no DTD at all (so no entity expansion and no external entity,
/// the XXE family), no resolver (nothing is fetched), a cap on characters, and line numbers kept
/// so every problem can say where it is.
/// </summary>
internal static class AstmXmlLoader
{
    /// <summary>
    /// Far above a real CoA (a 30-line E3077 file is ~15 k characters); the webhook body limit
    /// (256 KiB) is stricter still, so this bounds the command-line import.
    /// </summary>
    public const int MaxCharacters = 2 * 1024 * 1024;

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = MaxCharacters,
        MaxCharactersFromEntities = 1024,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = false,
    };

    /// <summary>From bytes: the XML declaration (or a byte-order mark) decides the encoding, as XML intends.</summary>
    public static XDocument? Load(byte[] bytes, List<AstmProblem> problems)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        return Load(() => XmlReader.Create(stream, Settings), HasDoctype(Encoding.UTF8.GetString(bytes)), problems);
    }

    /// <summary>From text already decoded (a CloudEvent's <c>data</c> string): its encoding declaration is moot.</summary>
    public static XDocument? Load(string text, List<AstmProblem> problems)
    {
        using var reader = new StringReader(text);
        return Load(() => XmlReader.Create(reader, Settings), HasDoctype(text), problems);
    }

    private static XDocument? Load(Func<XmlReader> open, bool hasDoctype, List<AstmProblem> problems)
    {
        try
        {
            using var reader = open();
            return XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException exception)
        {
            // The framework's own message for a DTD advises enabling DTD processing: not advice to pass on.
            var at = exception.LineNumber > 0 ? $"line {exception.LineNumber}, column {exception.LinePosition}: " : "";
            problems.Add(new AstmProblem("/", hasDoctype
                ? at + "a DOCTYPE is not accepted: E3077 documents need no DTD, and entities and external references are refused."
                : at + "the document is not well-formed XML (" + exception.Message + ")"));
            return null;
        }
    }

    private static bool HasDoctype(string text) => text.Contains("<!DOCTYPE", StringComparison.OrdinalIgnoreCase);
}

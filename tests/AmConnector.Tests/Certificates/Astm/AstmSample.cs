namespace AmConnector.Tests.Certificates.Astm;

/// <summary>samples/astm-e3077/coa-example.xml, copied beside the tests, and variants of it.</summary>
internal static class AstmSample
{
    public const string MaterialPath = "/ASTMeDataXchange/MaterialDataGroup/MaterialData[1]";

    public static string Text { get; } = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Certificates", "Astm", "coa-example.xml"));

    /// <summary>The sample with one exact piece of text replaced; fails loudly when the piece is not there.</summary>
    public static string With(string find, string replace)
    {
        Assert.Contains(find, Text, StringComparison.Ordinal);
        return Text.Replace(find, replace, StringComparison.Ordinal);
    }
}

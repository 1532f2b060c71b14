namespace AmConnector.Client.Lims;

/// <summary>OData string literals: a single quote inside is written twice (OData ABNF <c>SQUOTE-in-string</c>).</summary>
internal static class ODataLiteral
{
    public static string Quote(string value) => "'" + Escape(value) + "'";

    public static string Escape(string value) => value.Replace("'", "''", StringComparison.Ordinal);
}

namespace AmConnector.Certificates.Astm;

/// <summary>
/// One reason an E3077 document was refused: where (an XPath-like location such as
/// <c>/ASTMeDataXchange/MaterialDataGroup/MaterialData[1]/TestResults/TestResult[3]/Result/Unit</c>)
/// and why, the message starting with the line and column when the XML reader knows them.
/// </summary>
internal sealed record AstmProblem(string Location, string Message);

namespace AmConnector.Server.Cli;

/// <summary>The command line is wrong; the router prints the message and the command's usage.</summary>
internal sealed class CliUsageException(string message) : Exception(message);

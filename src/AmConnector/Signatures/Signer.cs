namespace AmConnector.Signatures;

/// <summary>A person able to sign now: subject, printed name, when they signed in, and through which application.</summary>
internal sealed record Signer(string Subject, string Name, DateTimeOffset AuthenticatedAt, string? ClientId);

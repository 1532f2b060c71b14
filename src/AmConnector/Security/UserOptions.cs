namespace AmConnector.Security;

/// <summary>
/// One person who signs in at the built-in server's login page (<c>AmConnector:Auth:Users</c>).
/// The password is configured only as an ASP.NET Core Identity <c>PasswordHasher</c> v3 hash.
/// </summary>
public sealed class UserOptions
{
    /// <summary>The sign-in name; the tokens' <c>sub</c>.</summary>
    public string Username { get; set; } = "";

    /// <summary>
    /// <c>PasswordHasher&lt;T&gt;.HashPassword</c> output (v3: PBKDF2, base64). Create one with
    /// <c>dotnet run samples/hash-password.cs -- 'the password'</c> (see README).
    /// </summary>
    public string PasswordHash { get; set; } = "";

    /// <summary>The tokens' <c>name</c>; the username when empty.</summary>
    public string? DisplayName { get; set; }

    /// <summary>The scopes this person may be given; a token gets those the application asks for among them.</summary>
    public List<string> Scopes { get; set; } = [];
}

using Microsoft.AspNetCore.Identity;

namespace AmConnector.Security.SignIn;

/// <summary>
/// The demo people (demo mode only). Their passwords are published in the README, so start-up in
/// Production refuses them; they are hashed once, when first needed, and never kept in plain text.
/// </summary>
internal static class DemoUsers
{
    private static readonly Lazy<IReadOnlyList<UserOptions>> Users = new(() =>
    [
        User("qa.reviewer", "QA reviewer (demo)"),
        User("qa.approver", "QA approver (demo)"),
    ]);

    public static IReadOnlyList<string> Usernames { get; } = ["qa.reviewer", "qa.approver"];

    public static IReadOnlyList<UserOptions> All => Users.Value;

    /// <summary>Every demo password is the username followed by <c>-password</c>.</summary>
    public static string PasswordOf(string username) => username + "-password";

    private static UserOptions User(string username, string name) => new()
    {
        Username = username,
        DisplayName = name,
        PasswordHash = new PasswordHasher<UserOptions>().HashPassword(null!, PasswordOf(username)),
        Scopes = [Scopes.Read, Scopes.Write, Scopes.AssessNotices, Scopes.ReadAudit],
    };
}

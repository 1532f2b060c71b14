using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace AmConnector.Security.SignIn;

/// <summary>
/// The people who may sign in: <c>AmConnector:Auth:Users</c>, plus the demo users in demo mode.
/// Passwords are checked against their PBKDF2 hashes; an unknown name costs as much as a wrong
/// password, so the answer's timing does not tell which names exist.
/// </summary>
internal sealed class LocalUsers
{
    private static readonly PasswordHasher<UserOptions> Hasher = new();

    /// <summary>Verified when the name is unknown, so that the work done is the same.</summary>
    private static readonly Lazy<string> UnknownUserHash = new(() => Hasher.HashPassword(null!, Guid.NewGuid().ToString()));

    private readonly Dictionary<string, UserOptions> _users;

    public LocalUsers(IOptions<AmConnectorOptions> options)
    {
        var settings = options.Value;
        _users = new Dictionary<string, UserOptions>(StringComparer.OrdinalIgnoreCase);
        foreach (var user in settings.Auth.Users.Concat(settings.Demo.Seed ? DemoUsers.All : []))
        {
            _users.TryAdd(user.Username, user);
        }

        _ = UnknownUserHash.Value;
    }

    public int Count => _users.Count;

    public UserOptions? Find(string? username) =>
        username is not null && _users.TryGetValue(username, out var user) ? user : null;

    /// <summary>The user, when the name is known and the password is right; otherwise null.</summary>
    public UserOptions? Verify(string? username, string? password)
    {
        var user = Find(username);
        var result = Hasher.VerifyHashedPassword(null!, user?.PasswordHash ?? UnknownUserHash.Value, password ?? "");
        return user is not null && result != PasswordVerificationResult.Failed ? user : null;
    }

    /// <summary>True when <paramref name="hash"/> has the shape of a <c>PasswordHasher</c> v3 hash.</summary>
    public static bool IsV3Hash(string? hash)
    {
        var bytes = new byte[hash?.Length ?? 0];
        return hash is not null && Convert.TryFromBase64String(hash, bytes, out var length) && length > 13 && bytes[0] == 0x01;
    }

    /// <summary>True when <paramref name="user"/> is a demo user name with its published password.</summary>
    public static bool HasDemoPassword(UserOptions user) =>
        DemoUsers.Usernames.Contains(user.Username, StringComparer.OrdinalIgnoreCase) && IsV3Hash(user.PasswordHash) &&
        Hasher.VerifyHashedPassword(null!, user.PasswordHash, DemoUsers.PasswordOf(user.Username.ToLowerInvariant())) != PasswordVerificationResult.Failed;
}

namespace AmConnector.Security.SignIn;

/// <summary>Where the login page may send a person afterwards: a path on this server, never another site.</summary>
internal static class ReturnUrls
{
    /// <summary><paramref name="url"/> when it is local (<c>/path</c>, not <c>//host</c> or <c>/\host</c>); otherwise <c>/</c>.</summary>
    public static string LocalOrRoot(string? url) => IsLocal(url) ? url! : "/";

    public static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url)
        && url[0] == '/'
        && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
        && !url.Any(char.IsControl);
}

using System.ComponentModel.DataAnnotations;

namespace AmConnector.Security;

/// <summary>
/// <c>AmConnector:Auth:Lockout</c>: after <see cref="MaxFailedAttempts"/> wrong passwords in a row
/// for one user name, the login page refuses that name for <see cref="Duration"/>, right password or not.
/// </summary>
public sealed class LockoutOptions
{
    /// <summary>Consecutive failures that lock a user name; 0 turns the lockout off.</summary>
    [Range(0, 100)]
    public int MaxFailedAttempts { get; set; } = 5;

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan Duration { get; set; } = TimeSpan.FromMinutes(15);
}

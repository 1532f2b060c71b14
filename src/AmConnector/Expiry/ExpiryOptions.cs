using System.ComponentModel.DataAnnotations;

namespace AmConnector.Expiry;

/// <summary><c>AmConnector:Expiry</c>: the daily expiry job (domain.md §4.1, §5.6a).</summary>
public sealed class ExpiryOptions
{
    public bool Enabled { get; set; } = true;

    /// <summary>How many days before a certificate's ValidUntil <c>am.certificate.expiring</c> is announced.</summary>
    [Range(0, 365)]
    public int CertificateWarningDays { get; set; } = 30;
}

using System.Security.Cryptography;
using System.Text;
using AmConnector.Common;

namespace AmConnector.Demo;

/// <summary>Links to documents in a fictitious DMS; the hash is of a fixed string so every seed gives the same one.</summary>
internal static class DemoDocuments
{
    public static DocumentReference Pdf(string title, string documentNumber) => new()
    {
        Title = title,
        Kind = "pdf",
        Uri = new Uri($"https://dms.example.org/am/{Uri.EscapeDataString(documentNumber)}.pdf"),
        Sha256 = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("amconnector-demo:" + documentNumber))),
        MediaType = "application/pdf",
    };
}

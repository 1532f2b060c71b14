using Microsoft.Data.Sqlite;

namespace AmConnector.IntegrationTests.ScaleOut;

/// <summary>
/// What the instances of one site share: the database file, the token signing certificate and the
/// key-protection certificate. Each <see cref="ScaleOutFactory"/> on it keeps its own content folder
/// (so nothing is shared through local files, as on separate machines).
/// </summary>
public sealed class ScaleOutSite : IDisposable
{
    public ScaleOutSite()
    {
        Folder = Directory.CreateTempSubdirectory("amconnector-site-").FullName;
        SigningCertificate = SiteCertificates.Create(Path.Combine(Folder, "signing.pfx"), "AmConnector token signing (test)");
        KeyProtectionCertificate = SiteCertificates.Create(Path.Combine(Folder, "key-protection.pfx"), "AmConnector key protection (test)");
    }

    public string Folder { get; }

    public string DatabaseFile => Path.Combine(Folder, "site.db");

    public string SigningCertificate { get; }

    public string KeyProtectionCertificate { get; }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on a slow machine: the temp folder is cleaned by the OS.
        }
    }
}

using System.Security.Cryptography;
using AmConnector.Data;
using AmConnector.DataProtection;
using AmConnector.IntegrationTests.ScaleOut;
using AmConnector.Webhooks;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AmConnector.IntegrationTests.DataProtection;

/// <summary>
/// The Data Protection key ring in the database: the upgrade from the file ring, encryption with the
/// key-protection certificate, a host's own repository, and keys created by two instances at once.
/// </summary>
public sealed class KeyRingTests : IDisposable
{
    // The purpose WebhookSecretProtector uses: what an earlier install protected its webhook secrets under.
    private const string WebhookSecretPurpose = "AmConnector.Webhooks.Secret.v1";

    private readonly string _folder = Directory.CreateTempSubdirectory("amconnector-keyring-").FullName;

    [Fact]
    public async Task A_webhook_secret_protected_with_the_file_key_ring_of_an_earlier_install_opens_after_the_upgrade()
    {
        var protectedSecret = ProtectWithFileRing("whsec_from-the-file-ring");

        await using var upgraded = new KeyRingFactory(_folder);

        Assert.Equal("whsec_from-the-file-ring", upgraded.Services.GetRequiredService<WebhookSecretProtector>().Unprotect(protectedSecret));
        var key = Assert.Single(await upgraded.StoredKeysAsync());
        Assert.StartsWith("key-", key.FriendlyName, StringComparison.Ordinal);
    }

    [Fact]
    public async Task File_keys_imported_with_a_key_protection_certificate_are_stored_encrypted_and_still_open()
    {
        var protectedSecret = ProtectWithFileRing("whsec_encrypted-on-import");
        var fileKey = File.ReadAllText(Directory.GetFiles(Path.Combine(_folder, KeyRingSetup.LegacyFolderName), "*.xml").Single());
        Assert.Contains("<value>", fileKey, StringComparison.Ordinal);

        await using var upgraded = new KeyRingFactory(_folder, WithCertificate());

        Assert.Equal("whsec_encrypted-on-import", upgraded.Services.GetRequiredService<WebhookSecretProtector>().Unprotect(protectedSecret));
        var key = Assert.Single(await upgraded.StoredKeysAsync());
        Assert.Contains("encryptedSecret", key.Xml, StringComparison.Ordinal);
        Assert.DoesNotContain("<value>", key.Xml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_copy_of_the_database_without_the_key_protection_certificate_opens_no_webhook_secret()
    {
        string protectedSecret;
        await using (var site = new KeyRingFactory(_folder, WithCertificate()))
        {
            protectedSecret = site.Services.GetRequiredService<WebhookSecretProtector>().Protect("whsec_stays-closed");
        }

        var copyFolder = Directory.CreateTempSubdirectory("amconnector-keyring-copy-").FullName;
        try
        {
            File.Copy(Path.Combine(_folder, "amconnector.db"), Path.Combine(copyFolder, "amconnector.db"));
            await using var copy = new KeyRingFactory(copyFolder);
            var protector = copy.Services.GetRequiredService<WebhookSecretProtector>();

            Assert.ThrowsAny<CryptographicException>(() => protector.Unprotect(protectedSecret));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(copyFolder, recursive: true);
        }
    }

    [Fact]
    public async Task A_host_that_configured_its_own_key_repository_keeps_it()
    {
        var hostFolder = new DirectoryInfo(Path.Combine(_folder, "host-keys"));
        await using var factory = new KeyRingFactory(_folder, services: services =>
            // Registered before AmConnector's setup, as a host's own PersistKeysTo… call before AddAmConnector is.
            services.Insert(0, ServiceDescriptor.Singleton<IConfigureOptions<KeyManagementOptions>>(
                new ConfigureOptions<KeyManagementOptions>(o => o.XmlRepository = new FileSystemXmlRepository(hostFolder, NullLoggerFactory.Instance)))));

        var protector = factory.Services.GetRequiredService<WebhookSecretProtector>();
        Assert.Equal("whsec_host", protector.Unprotect(protector.Protect("whsec_host")));

        Assert.IsType<FileSystemXmlRepository>(factory.Services.GetRequiredService<IOptions<KeyManagementOptions>>().Value.XmlRepository);
        Assert.NotEmpty(hostFolder.GetFiles("*.xml"));
        Assert.Empty(await factory.StoredKeysAsync());
    }

    [Fact]
    public async Task The_database_is_migrated_before_Data_Protection_loads_its_key_ring_at_start()
    {
        await using var factory = new KeyRingFactory(_folder);

        // Hosted services start in order; Data Protection's preloads the ring, which is a table.
        var order = factory.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().Select(s => s.GetType().Name).ToList();
        Assert.InRange(order.IndexOf("DatabaseInitializer"), 0, order.IndexOf("DataProtectionHostedService") - 1);
        Assert.Single(await factory.StoredKeysAsync());
    }

    [Fact]
    public async Task Keys_created_by_two_instances_at_once_on_an_empty_table_are_both_stored_and_each_opens_the_others_payloads()
    {
        var connectionString = DatabaseConfigurator.SqliteConnectionString(_folder, "race.db");
        await using (var db = new AmConnectorDbContext(new DbContextOptionsBuilder<AmConnectorDbContext>()
            .UseSqlite(connectionString, o => o.MigrationsAssembly(DatabaseConfigurator.SqliteMigrationsAssembly)).Options))
        {
            await db.Database.MigrateAsync();
        }

        using var first = Instance(connectionString);
        using var second = Instance(connectionString);
        // Both saw an empty ring and each made its own first key.
        var now = DateTimeOffset.UtcNow;
        first.GetRequiredService<IKeyManager>().CreateNewKey(now, now.AddDays(90));
        second.GetRequiredService<IKeyManager>().CreateNewKey(now, now.AddDays(90));

        Assert.Equal(2, first.GetRequiredService<IKeyManager>().GetAllKeys().Count);
        var fromFirst = first.GetDataProtector(WebhookSecretPurpose).Protect("from the first");
        var fromSecond = second.GetDataProtector(WebhookSecretPurpose).Protect("from the second");
        Assert.Equal("from the first", second.GetDataProtector(WebhookSecretPurpose).Unprotect(fromFirst));
        Assert.Equal("from the second", first.GetDataProtector(WebhookSecretPurpose).Unprotect(fromSecond));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on a slow machine: the temp folder is cleaned by the OS.
        }
    }

    /// <summary>What an install before this change did: the key ring in files under {KeyFolder}/data-protection.</summary>
    private string ProtectWithFileRing(string secret)
    {
        var provider = DataProtectionProvider.Create(
            new DirectoryInfo(Path.Combine(_folder, KeyRingSetup.LegacyFolderName)), builder => builder.SetApplicationName("AmConnector"));
        return provider.CreateProtector(WebhookSecretPurpose).Protect(secret);
    }

    private Dictionary<string, string> WithCertificate() => new()
    {
        ["AmConnector:DataProtection:KeyProtectionCertificate:Path"] =
            File.Exists(Path.Combine(_folder, "key-protection.pfx"))
                ? Path.Combine(_folder, "key-protection.pfx")
                : SiteCertificates.Create(Path.Combine(_folder, "key-protection.pfx"), "AmConnector key protection (test)"),
        ["AmConnector:DataProtection:KeyProtectionCertificate:Password"] = SiteCertificates.Password,
    };

    /// <summary>Data Protection as an AmConnector instance sets it up, on the database's key ring.</summary>
    private static ServiceProvider Instance(string connectionString)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddDataProtection().SetApplicationName("AmConnector");
        services.Configure<KeyManagementOptions>(o => o.XmlRepository = new DatabaseXmlRepository(
            DatabaseProvider.Sqlite, connectionString, legacyFolder: null, importEncryptor: null, NullLogger<DatabaseXmlRepository>.Instance));
        return services.BuildServiceProvider();
    }
}

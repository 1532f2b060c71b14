using System.Security.Cryptography;
using System.Text;
using AmConnector.BulkData.Csv;
using AmConnector.BulkData.Kinds;
using AmConnector.Common;
using AmConnector.Data;
using AmConnector.Lots;
using AmConnector.Materials;
using AmConnector.Suppliers;
using Microsoft.EntityFrameworkCore;

namespace AmConnector.BulkData;

/// <summary>
/// Two passes over one file's rows: validate all (parse, the feature's write rules, duplicate and
/// existing keys), then, when none failed or bad rows may be skipped, write the valid ones in one
/// transaction, batch by batch, with the import's reason on every audit event and one import
/// summary event last. The audit interceptor chains each batch onto the head the previous batch
/// moved, inside the same transaction, so a rollback leaves the chain as it was.
/// </summary>
internal sealed class BulkImporter(
    AmConnectorDbContext db, SupplierWriteRules supplierRules, MaterialWriteRules materialRules, LotWriteRules lotRules, ImportAuditEvent summary)
    : IBulkImporter
{
    /// <summary>Strict: a file saved in a legacy code page is refused rather than read as mojibake.</summary>
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public Task<BulkImportResult> ImportAsync(
        BulkEntityKind kind, Stream csv, BulkImportOptions options, IProgress<BulkProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(csv);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.BatchSize, 1);
        return kind switch
        {
            BulkEntityKind.Suppliers => ImportAsync(new SupplierBulkKind(supplierRules), csv, options, progress, cancellationToken),
            BulkEntityKind.Materials => ImportAsync(new MaterialBulkKind(materialRules), csv, options, progress, cancellationToken),
            BulkEntityKind.Lots => ImportAsync(new LotBulkKind(lotRules), csv, options, progress, cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
        };
    }

    private async Task<BulkImportResult> ImportAsync<T>(
        BulkKind<T> kind, Stream csv, BulkImportOptions options, IProgress<BulkProgress>? progress, CancellationToken cancellationToken)
        where T : AmEntity, new()
    {
        var length = csv.CanSeek ? csv.Length - csv.Position : 0;
        using var sha = SHA256.Create();
        var rows = new List<T>();
        var rejections = new List<BulkRejection>();
        var read = 0;
        await using (var hashing = new CryptoStream(csv, sha, CryptoStreamMode.Read, leaveOpen: true))
        using (var text = new StreamReader(hashing, StrictUtf8, detectEncodingFromByteOrderMarks: false, bufferSize: 64 * 1024))
        {
            try
            {
                var reader = new CsvReader(text);
                var validator = await BulkValidator<T>.CreateAsync(kind, await reader.ReadAsync(cancellationToken), db, cancellationToken);
                while (await reader.ReadAsync(cancellationToken) is { } record)
                {
                    read++;
                    if (await validator.CheckAsync(record, rejections, cancellationToken) is { } valid)
                    {
                        rows.Add(valid);
                    }

                    if (read % 1000 == 0)
                    {
                        progress?.Report(new BulkProgress(BulkPhase.Validating, csv.CanSeek ? csv.Position : 0, length));
                    }
                }
            }
            catch (CsvFormatException ex)
            {
                throw new BulkDataException($"{options.FileName} is not RFC 4180 CSV: {ex.Message}", ex);
            }
            catch (DecoderFallbackException ex)
            {
                throw new BulkDataException($"{options.FileName} is not UTF-8 text (save it as \"CSV UTF-8\").", ex);
            }
        }

        progress?.Report(new BulkProgress(BulkPhase.Validating, length, length));
        var hash = Convert.ToHexStringLower(sha.Hash!);
        var write = rejections.Count == 0 || options.SkipInvalid;
        var result = new BulkImportResult(kind.Kind, options.FileName, hash, read, write ? rows.Count : 0, write, rejections);
        if (write)
        {
            await WriteAsync(rows, result, options, progress, cancellationToken);
        }

        return result;
    }

    private async Task WriteAsync<T>(List<T> rows, BulkImportResult result, BulkImportOptions options, IProgress<BulkProgress>? progress, CancellationToken cancellationToken)
        where T : AmEntity
    {
        var reason = $"Bulk import of {result.Kind} from {result.FileName} (SHA-256 {result.Sha256})";
        var detectChanges = db.ChangeTracker.AutoDetectChangesEnabled;
        // Added entities need no snapshot comparison; the interceptors detect changes themselves.
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var written = 0;
            foreach (var batch in rows.Chunk(options.BatchSize))
            {
                // The interceptor clears the reason after every save: each batch states it again.
                db.Audit.SystemActor = options.Actor;
                db.Audit.Reason = reason;
                db.AddRange(batch);
                await db.SaveChangesAsync(cancellationToken);
                db.ChangeTracker.Clear();
                written += batch.Length;
                progress?.Report(new BulkProgress(BulkPhase.Writing, written, rows.Count));
            }

            db.Audit.SystemActor = options.Actor;
            await summary.AppendAsync(db, result, reason, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        finally
        {
            db.ChangeTracker.Clear();
            db.ChangeTracker.AutoDetectChangesEnabled = detectChanges;
        }
    }
}

using System.Globalization;
using System.Text.Json;
using AmConnector.Certificates;
using AmConnector.Lots;
using AmConnector.Lots.Usability;
using AmConnector.Materials;
using AmConnector.Qualifications;
using AmConnector.Suppliers;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;

namespace AmConnector.Benchmarks.Ceiling;

/// <summary>
/// P1–P3 written by hand. P1 reads the same facts the product reads and calls the product's pure
/// <see cref="UsabilityRules"/>; P2 pages by key (Id &gt; last) through the same read view; P3 uses
/// the (Status, ExpiresOn) index by stating "effectively Released" as Status = 'Released' and not yet
/// expired, which is what the view's CASE means.
/// </summary>
internal sealed class CeilingQueries(string connectionString)
{
    private const string LotColumns =
        "l.Id, l.MaterialId, l.SupplierCode, l.CatalogueNumber, l.LotNumber, l.ManufacturedOn, l.ExpiresOn, l.RetestOn, l.Quantity, l.QuantityUnit, " +
        "l.EffectiveStatus, l.StatusReason, l.ReleaseConditions, l.CreatedAt, l.ModifiedAt, l.Revision";

    public async Task UsabilityAsync(Guid id, HttpContext context)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        var key = id.ToString().ToUpperInvariant();

        Lot lot;
        await using (var command = Command(connection, """
            SELECT l.Id, l.MaterialId, l.SupplierCode, l.CatalogueNumber, l.LotNumber, l.ExpiresOn, l.RetestOn, l.Status, l.StatusReason, l.ReleaseConditions,
                   m.CatalogueNumber, m.Origin, m.AnimalOriginStatus, s.Code, s.Approval
            FROM Lots l JOIN Materials m ON m.Id = l.MaterialId JOIN Suppliers s ON s.Id = m.SupplierId WHERE l.Id = $id
            """, ("$id", key)))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            if (!await reader.ReadAsync())
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }

            lot = new Lot
            {
                Id = reader.GetGuid(0), MaterialId = reader.GetGuid(1), SupplierCode = reader.GetString(2), CatalogueNumber = reader.GetString(3),
                LotNumber = reader.GetString(4), ExpiresOn = Date(reader, 5), RetestOn = Date(reader, 6), Status = Enum.Parse<LotStatus>(reader.GetString(7)),
                StatusReason = Text(reader, 8), ReleaseConditions = Text(reader, 9),
                Material = new Material
                {
                    CatalogueNumber = reader.GetString(10), Origin = Enum.Parse<MaterialOrigin>(reader.GetString(11)),
                    AnimalOriginStatus = Enum.Parse<AnimalOriginStatus>(reader.GetString(12)),
                    Supplier = new Supplier { Code = reader.GetString(13), Approval = Enum.Parse<SupplierApproval>(reader.GetString(14)) },
                },
            };
        }

        await using (var command = Command(connection, "SELECT Reason, Source, LiftedAt FROM LotHolds WHERE LotId = $id", ("$id", key)))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                lot.Holds.Add(new LotHold { Reason = reader.GetString(0), Source = Enum.Parse<HoldSource>(reader.GetString(1)), LiftedAt = reader.IsDBNull(2) ? DateTimeOffset.MinValue : null });
            }
        }

        var material = lot.MaterialId.ToString().ToUpperInvariant();
        var certificates = new Dictionary<Guid, Certificate>();
        await using (var command = Command(connection, """
            SELECT c.Id, c.Type, c.DocumentNumber, c.ValidUntil, c.Verdict, cl.LotId
            FROM Certificates c LEFT JOIN CertificateLots cl ON cl.CertificateId = c.Id WHERE c.MaterialId = $m
            """, ("$m", material)))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                var certificateId = reader.GetGuid(0);
                if (!certificates.TryGetValue(certificateId, out var certificate))
                {
                    certificate = new Certificate
                    {
                        Id = certificateId, Type = Enum.Parse<CertificateType>(reader.GetString(1)), DocumentNumber = Text(reader, 2),
                        ValidUntil = Date(reader, 3), Verdict = Enum.Parse<CoaVerdict>(reader.GetString(4)),
                    };
                    certificates[certificateId] = certificate;
                }

                if (!reader.IsDBNull(5))
                {
                    certificate.Lots.Add(new Lot { Id = reader.GetGuid(5) });
                }
            }
        }

        var qualifications = new List<Qualification>();
        await using (var command = Command(connection, "SELECT UseContext, Status, Conditions FROM Qualifications WHERE MaterialId = $m", ("$m", material)))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                qualifications.Add(new Qualification { UseContext = reader.GetString(0), Status = Enum.Parse<QualificationStatus>(reader.GetString(1)), Conditions = Text(reader, 2) });
            }
        }

        var notices = new List<string>();
        await using (var command = Command(connection, """
            SELECT n.SupplierCode, n.SupplierReference FROM ChangeNotices n JOIN ChangeNoticeMaterials cm ON cm.ChangeNoticeId = n.Id
            WHERE cm.MaterialId = $m AND n.Status IN ('Received', 'Triaged', 'UnderAssessment')
            """, ("$m", material)))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                notices.Add($"{reader.GetString(0)}/{reader.GetString(1)}");
            }
        }

        var documents = certificates.Values.Where(c => c.Lots.Count == 0 || c.Lots.Any(l => l.Id == lot.Id)).ToList();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var use = context.Request.Query["use"].FirstOrDefault();
        var verdict = UsabilityRules.Evaluate(new UsabilityFacts(lot, lot.Material!, lot.Material!.Supplier!, documents, qualifications, notices), today, use, 30);

        context.Response.ContentType = "application/json; odata.metadata=minimal";
        await using var json = new Utf8JsonWriter(context.Response.BodyWriter);
        json.WriteStartObject();
        json.WriteString("@odata.context", "http://localhost/odata/$metadata#AmConnector.LotUsability");
        json.WriteString("SupplierCode", verdict.SupplierCode);
        json.WriteString("CatalogueNumber", verdict.CatalogueNumber);
        json.WriteString("LotNumber", verdict.LotNumber);
        json.WriteString("LotId", verdict.LotId!.Value);
        json.WriteString("Use", verdict.Use);
        json.WriteString("Verdict", verdict.Verdict.ToString());
        json.WriteString("EvaluatedOn", verdict.EvaluatedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        json.WriteStartArray("Reasons");
        foreach (var reason in verdict.Reasons)
        {
            json.WriteStartObject();
            json.WriteString("Code", reason.Code);
            json.WriteString("Message", reason.Message);
            json.WriteBoolean("Blocking", reason.Blocking);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        await json.FlushAsync();
    }

    /// <summary>P2: the whole Lots set, 1,000 rows a page, continued by key.</summary>
    public async Task LotsPageAsync(HttpContext context)
    {
        const int pageSize = 1000;
        var after = context.Request.Query["after"].FirstOrDefault() ?? "";
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = Command(connection, $"SELECT {LotColumns} FROM LotsRead l WHERE l.Id > $after ORDER BY l.Id LIMIT {pageSize + 1}", ("$after", after));
        await WriteFeedAsync(context, command, pageSize, expand: false, lastId => $"http://{context.Request.Host}/lots?after={lastId}");
    }

    /// <summary>P3: released lots expiring before mid-2027, earliest first, with material name and supplier code.</summary>
    public async Task ReleasedExpiringAsync(HttpContext context)
    {
        const int top = 50;
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = Command(connection, $"""
            SELECT {LotColumns}, m.Name, s.Code
            FROM LotsRead l JOIN Materials m ON m.Id = l.MaterialId JOIN Suppliers s ON s.Id = m.SupplierId
            WHERE l.Status = 'Released' AND l.ExpiresOn >= date('now') AND l.ExpiresOn < '2027-06-01'
            ORDER BY l.ExpiresOn, l.Id LIMIT {top + 1}
            """);
        await WriteFeedAsync(context, command, top, expand: true, _ => $"http://{context.Request.Host}/released-expiring?skip={top}");
    }

    private static async Task WriteFeedAsync(HttpContext context, SqliteCommand command, int pageSize, bool expand, Func<string, string> nextLink)
    {
        context.Response.ContentType = "application/json; odata.metadata=minimal";
        await using var reader = await command.ExecuteReaderAsync();
        await using var json = new Utf8JsonWriter(context.Response.BodyWriter);
        json.WriteStartObject();
        json.WriteString("@odata.context", "http://localhost/odata/$metadata#Lots");
        json.WriteStartArray("value");
        var rows = 0;
        string? lastId = null;
        var more = false;
        while (await reader.ReadAsync())
        {
            if (rows == pageSize)
            {
                more = true;
                break;
            }

            lastId = reader.GetString(0);
            WriteLot(json, reader, expand);
            rows++;
            if (json.BytesPending > 16_384)
            {
                await json.FlushAsync();
            }
        }

        json.WriteEndArray();
        if (more)
        {
            json.WriteString("@odata.nextLink", nextLink(lastId!));
        }

        json.WriteEndObject();
        await json.FlushAsync();
    }

    private static void WriteLot(Utf8JsonWriter json, SqliteDataReader reader, bool expand)
    {
        json.WriteStartObject();
        json.WriteString("Id", reader.GetGuid(0));
        json.WriteString("MaterialId", reader.GetGuid(1));
        json.WriteString("SupplierCode", reader.GetString(2));
        json.WriteString("CatalogueNumber", reader.GetString(3));
        json.WriteString("LotNumber", reader.GetString(4));
        WriteNullableText(json, "ManufacturedOn", reader, 5);
        WriteNullableText(json, "ExpiresOn", reader, 6);
        WriteNullableText(json, "RetestOn", reader, 7);
        if (reader.IsDBNull(8))
        {
            json.WriteNull("Quantity");
        }
        else
        {
            json.WriteNumber("Quantity", reader.GetDecimal(8));
        }

        WriteNullableText(json, "QuantityUnit", reader, 9);
        json.WriteString("Status", reader.GetString(10));
        WriteNullableText(json, "StatusReason", reader, 11);
        WriteNullableText(json, "ReleaseConditions", reader, 12);
        json.WriteString("CreatedAt", new DateTimeOffset(reader.GetInt64(13), TimeSpan.Zero));
        json.WriteString("ModifiedAt", new DateTimeOffset(reader.GetInt64(14), TimeSpan.Zero));
        json.WriteNumber("Revision", reader.GetInt64(15));
        if (expand)
        {
            json.WriteStartObject("Material");
            json.WriteString("Name", reader.GetString(16));
            json.WriteStartObject("Supplier");
            json.WriteString("Code", reader.GetString(17));
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    private static void WriteNullableText(Utf8JsonWriter json, string name, SqliteDataReader reader, int ordinal)
    {
        if (reader.IsDBNull(ordinal))
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, reader.GetString(ordinal));
        }
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return command;
    }

    private static DateOnly? Date(SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : DateOnly.ParseExact(reader.GetString(ordinal), "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? Text(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}

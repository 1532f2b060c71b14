using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace AmConnector.Benchmarks.Data;

/// <summary>
/// Writes a site's worth of master data into a fresh AmConnector database (schema from the product's
/// migrations), deterministically from a seed: suppliers, their materials and qualifications,
/// material-level certificates, lots with holds, CoAs with their lines, change notices. Raw ADO.NET,
/// one prepared INSERT per table, one transaction per table, journal in WAL with synchronous=OFF while
/// writing. It bypasses the product's write path: no audit events, no outbox; every row gets a distinct
/// ChangeSequence at or below zero, as the ChangeSequence migration gives rows that predate the audit
/// chain (inside any first read, outside every delta).
/// </summary>
internal sealed class DataGenerator(Random random, DataShape shape)
{
    /// <summary>All generated rows were "created" at this instant, so two runs with one seed write the same bytes.</summary>
    private static readonly DateTimeOffset GeneratedAt = new(2026, 6, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly string[] UseContexts = ["T-cell expansion", "T-cell activation", "Transduction", "Cryopreservation", "Cell wash"];

    private long changeSequence;
    private long guidCounter;
    private Guid[] supplierIds = [];
    private string[] supplierCodes = [];
    private Guid[] materialIds = [];
    private int[] materialSupplier = [];
    private string[] materialCatalogue = [];
    private Guid[] lotIds = [];
    private int[] lotMaterial = [];

    public static async Task RunAsync(string file, int seed, DataShape shape)
    {
        var stopwatch = Stopwatch.StartNew();
        foreach (var stale in new[] { file, file + "-wal", file + "-shm" })
        {
            File.Delete(stale);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
        await BenchDatabase.MigrateAsync(file);
        Console.WriteLine($"Schema from the migrations: {stopwatch.Elapsed.TotalSeconds:0.0} s");

        using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString()))
        {
            connection.Open();
            Execute(connection, "PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF; PRAGMA cache_size=-200000; PRAGMA temp_store=MEMORY;");
            var generator = new DataGenerator(new Random(seed), shape);
            generator.Write(connection, stopwatch);
            Execute(connection, "PRAGMA synchronous=FULL; ANALYZE; PRAGMA wal_checkpoint(TRUNCATE);");
        }

        SqliteConnection.ClearAllPools();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Generated {file} ({new FileInfo(file).Length / 1024 / 1024} MiB) in {stopwatch.Elapsed.TotalSeconds:0.0} s (seed {seed})."));
    }

    private void Write(SqliteConnection connection, Stopwatch stopwatch)
    {
        Step(connection, stopwatch, "Suppliers", WriteSuppliers);
        Step(connection, stopwatch, "Materials", WriteMaterials);
        Step(connection, stopwatch, "Qualifications", WriteQualifications);
        Step(connection, stopwatch, "Lots", WriteLots);
        Step(connection, stopwatch, "Lot holds", WriteHolds);
        Step(connection, stopwatch, "Certificates and CoA lines", WriteCertificates);
        Step(connection, stopwatch, "Change notices", WriteChangeNotices);
    }

    private static void Step(SqliteConnection connection, Stopwatch stopwatch, string name, Func<SqliteConnection, SqliteTransaction, long> write)
    {
        var started = stopwatch.Elapsed;
        using var transaction = connection.BeginTransaction();
        var rows = write(connection, transaction);
        transaction.Commit();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name}: {rows:N0} rows in {(stopwatch.Elapsed - started).TotalSeconds:0.0} s"));
    }

    private long WriteSuppliers(SqliteConnection connection, SqliteTransaction transaction)
    {
        using var table = new BulkTable(connection, transaction, "Suppliers",
            "Id", "Code", "Name", "Address_City", "Country", "Approval", "LastAuditOn", "NextAuditDue", "QualityAgreement_Reference",
            "QualityAgreement_Level1NoticeDays", "QualityAgreement_Level2NoticeDays", "QualityAgreement_Level3NoticeDays", "Certifications",
            "CreatedAt", "ModifiedAt", "Revision");
        supplierIds = new Guid[shape.Suppliers];
        supplierCodes = new string[shape.Suppliers];
        string[] countries = ["US", "DE", "GB", "FR", "CH", "JP", "NL", "IE", "SE", "CN"];
        for (var i = 0; i < shape.Suppliers; i++)
        {
            supplierIds[i] = NextGuid();
            supplierCodes[i] = $"S{i + 1:D4}";
            var approval = Pick(("Approved", 85), ("Conditional", 7), ("Pending", 3), ("Suspended", 3), ("Disqualified", 2));
            var audit = Date(2023, 2026);
            table.Insert(Text(supplierIds[i]), supplierCodes[i], $"Supplier {i + 1} Bioproducts", "Springfield", countries[random.Next(countries.Length)], approval,
                Iso(audit), Iso(audit.AddYears(2)), $"QA-{supplierCodes[i]}", 90, 180, 180,
                """[{"Standard":"Iso9001","Number":"QMS-1","IssuedBy":"Registrar","ValidUntil":"2028-01-12"}]""", Ticks, Ticks, 1);
        }

        return table.Rows;
    }

    private long WriteMaterials(SqliteConnection connection, SqliteTransaction transaction)
    {
        using var table = new BulkTable(connection, transaction, "Materials",
            "Id", "SupplierId", "SupplierCode", "CatalogueNumber", "Name", "Category", "Origin", "AnimalOriginStatus", "Species",
            "CountriesOfOrigin", "Grade", "IntendedAsAncillaryMaterial", "InScope", "ProcessStage", "Storage_MinTemperatureCelsius",
            "Storage_MaxTemperatureCelsius", "Storage_ProtectFromLight", "ShelfLifeMonths", "Composition", "Tier_Derived", "Tier_Effective",
            "Status", "CreatedAt", "ModifiedAt", "Revision", "ChangeSequence");
        materialIds = new Guid[shape.Materials];
        materialSupplier = new int[shape.Materials];
        materialCatalogue = new string[shape.Materials];
        string[] categories = ["CytokineGrowthFactor", "Medium", "Buffer", "Supplement", "Enzyme", "Antibody", "Cryoprotectant", "ActivationReagent", "Serum", "TransfectionReagent"];
        for (var i = 0; i < shape.Materials; i++)
        {
            var supplier = (int)((long)i * shape.Suppliers / shape.Materials);
            materialIds[i] = NextGuid();
            materialSupplier[i] = supplier;
            materialCatalogue[i] = $"{supplierCodes[supplier]}-M{i + 1:D5}";
            var origin = Pick(("RecombinantMicrobial", 30), ("Chemical", 25), ("RecombinantMammalian", 15), ("Animal", 15), ("Human", 5), ("Plant", 5), ("Microbial", 5));
            var animal = origin is "Animal" or "Human";
            var status = animal ? "AnimalDerived" : Pick(("AnimalComponentFree", 70), ("AnimalDerivedInProcess", 30));
            var tier = animal ? 4 : 1 + random.Next(3);
            table.Insert(Text(materialIds[i]), Text(supplierIds[supplier]), supplierCodes[supplier], materialCatalogue[i],
                $"{categories[i % categories.Length]} {i + 1}", categories[i % categories.Length], origin, status, animal ? "Bos taurus" : null,
                animal ? """["AU","NZ"]""" : "[]", Pick(("Gmp", 50), ("Reagent", 30), ("Compendial", 20)), 1, 1, UseContexts[i % UseContexts.Length],
                2.0, 8.0, 0, 24 + 12 * random.Next(4), "[]", tier, tier, Pick(("Active", 95), ("Discontinued", 5)), Ticks, Ticks, 1, NextChangeSequence());
        }

        return table.Rows;
    }

    private long WriteQualifications(SqliteConnection connection, SqliteTransaction transaction)
    {
        using var table = new BulkTable(connection, transaction, "Qualifications",
            "Id", "MaterialId", "SupplierCode", "UseContext", "UspTierAtQualification", "Status", "Conditions", "QualifiedAt", "NextReviewDue",
            "CreatedAt", "ModifiedAt", "Revision");
        for (var i = 0; i < shape.Materials; i++)
        {
            // Most materials are qualified for one or two uses; about one in twenty for none yet.
            var uses = Pick((1, 60), (2, 35), (0, 5));
            for (var u = 0; u < uses; u++)
            {
                var status = Pick(("Qualified", 85), ("ConditionallyQualified", 7), ("InProgress", 4), ("RequalificationRequired", 3), ("Disqualified", 1));
                table.Insert(Text(NextGuid()), Text(materialIds[i]), supplierCodes[materialSupplier[i]], UseContexts[(i + u) % UseContexts.Length], 2, status,
                    status == "ConditionallyQualified" ? "Extra incoming test of endotoxin on each lot." : null,
                    status is "Qualified" or "ConditionallyQualified" ? GeneratedAt.AddDays(-random.Next(900)).UtcTicks : null,
                    Iso(Date(2026, 2029)), Ticks, Ticks, 1);
            }
        }

        return table.Rows;
    }

    private long WriteLots(SqliteConnection connection, SqliteTransaction transaction)
    {
        using var table = new BulkTable(connection, transaction, "Lots",
            "Id", "MaterialId", "SupplierCode", "CatalogueNumber", "LotNumber", "ManufacturedOn", "ExpiresOn", "RetestOn", "Quantity", "QuantityUnit",
            "Status", "StatusReason", "ReleaseConditions", "CreatedAt", "ModifiedAt", "Revision", "ChangeSequence");
        lotIds = new Guid[shape.Lots];
        lotMaterial = new int[shape.Lots];
        string[] units = ["{vial}", "mL", "g", "{bottle}", "{kit}"];
        for (var i = 0; i < shape.Lots; i++)
        {
            var material = random.Next(shape.Materials);
            lotIds[i] = NextGuid();
            lotMaterial[i] = material;
            var expires = Date(2025, 2030);
            var status = Pick(("Released", 45), ("Consumed", 22), ("Expired", 12), ("Quarantine", 10), ("ConditionallyReleased", 4), ("Rejected", 4), ("Recalled", 3));
            table.Insert(Text(lotIds[i]), Text(materialIds[material]), supplierCodes[materialSupplier[material]], materialCatalogue[material],
                $"L{expires.Year % 100:D2}-{i + 1:D7}", Iso(expires.AddMonths(-24)), Iso(expires), random.Next(20) == 0 ? Iso(expires.AddMonths(-6)) : null,
                (double)(1 + random.Next(100)), units[material % units.Length], status,
                status is "Rejected" or "Recalled" ? "Out of specification at incoming inspection." : null,
                status == "ConditionallyReleased" ? "Use only after the incoming sterility result." : null, Ticks, Ticks, 1, NextChangeSequence());
        }

        return table.Rows;
    }

    private long WriteHolds(SqliteConnection connection, SqliteTransaction transaction)
    {
        using var table = new BulkTable(connection, transaction, "LotHolds",
            "Id", "LotId", "Reason", "Source", "SourceReference", "PlacedBy", "PlacedAt", "LiftedBy", "LiftedAt", "LiftReason", "CreatedAt", "ModifiedAt", "Revision");
        // About one lot in a hundred has had a hold; half of those are lifted again.
        for (var i = 0; i < shape.Lots; i++)
        {
            if (random.Next(100) != 0)
            {
                continue;
            }

            var lifted = random.Next(2) == 0;
            var placed = GeneratedAt.AddDays(-random.Next(400));
            table.Insert(Text(NextGuid()), Text(lotIds[i]), "Temperature excursion in transit.", Pick(("Deviation", 60), ("ChangeNotice", 30), ("Person", 10)),
                $"DEV-{i:D7}", "qa@site.example", placed.UtcTicks, lifted ? "qa.lead@site.example" : null, lifted ? placed.AddDays(7).UtcTicks : null,
                lifted ? "No impact on quality." : null, Ticks, Ticks, 1);
        }

        return table.Rows;
    }

    private long WriteCertificates(SqliteConnection connection, SqliteTransaction transaction)
    {
        string[] columns = ["Id", "Type", "MaterialId", "SupplierCode", "DocumentNumber", "Issuer", "IssuedOn", "ValidUntil", "Verdict", "Lapsed", "VerdictReason", "CreatedAt", "ModifiedAt", "Revision", "ChangeSequence"];
        using var certificates = new BulkTable(connection, transaction, "Certificates", columns);
        using var covers = new BulkTable(connection, transaction, "CertificateLots", "CertificateId", "LotId");
        using var lines = new BulkTable(connection, transaction, "CoaResults",
            "Id", "CertificateId", "LineNumber", "TestName", "Method", "Specification_Kind", "Specification_Text", "Specification_Lower", "Specification_LowerInclusive",
            "Specification_Upper", "Specification_UpperInclusive", "Specification_Unit", "ReportedResult", "ReportedValue", "ReportedUnit", "Verdict", "CreatedAt", "ModifiedAt", "Revision");

        // Material-level documents the usability check requires (domain.md §5.6): origin and TSE/BSE
        // for animal or human origin, ADCF for animal-component-free; a few missing, some lapsed.
        var materialOrigins = connection.CreateCommand();
        materialOrigins.Transaction = transaction;
        materialOrigins.CommandText = "SELECT Id, AnimalOriginStatus FROM Materials";
        var statusById = new Dictionary<string, string>();
        using (var reader = materialOrigins.ExecuteReader())
        {
            while (reader.Read())
            {
                statusById[reader.GetString(0)] = reader.GetString(1);
            }
        }

        for (var m = 0; m < shape.Materials; m++)
        {
            string[] required = statusById[Text(materialIds[m])] switch
            {
                "AnimalDerived" => ["CertificateOfOrigin", "TseBseStatement"],
                "AnimalComponentFree" => ["AdcfStatement"],
                _ => [],
            };
            foreach (var type in required)
            {
                if (random.Next(50) == 0)
                {
                    continue;
                }

                certificates.Insert(Text(NextGuid()), type, Text(materialIds[m]), supplierCodes[materialSupplier[m]], $"{type[..4].ToUpperInvariant()}-{m:D5}",
                    "Supplier QA", Iso(Date(2023, 2025)), Iso(Date(2025, 2030)), "NotEvaluated", 0, null, Ticks, Ticks, 1, NextChangeSequence());
            }
        }

        // Certificates of analysis, each covering one lot (one in ten covers two), five lines each.
        var coas = shape.CoaLines / DataShape.LinesPerCoa;
        string[] tests = ["Appearance", "pH", "Endotoxin", "Sterility", "Mycoplasma"];
        for (var c = 0; c < coas; c++)
        {
            var lot = (int)((long)c * shape.Lots / coas);
            var material = lotMaterial[lot];
            var id = NextGuid();
            var oos = random.Next(50) == 0;
            certificates.Insert(Text(id), "CertificateOfAnalysis", Text(materialIds[material]), supplierCodes[materialSupplier[material]], $"COA-{c + 1:D6}",
                "Supplier QC", Iso(Date(2024, 2027)), null, oos ? "OutOfSpecification" : "Pass", 0,
                oos ? "Fail: Endotoxin above its limit." : "Pass: all 5 lines meet their specifications.", Ticks, Ticks, 1, NextChangeSequence());
            covers.Insert(Text(id), Text(lotIds[lot]));
            if (random.Next(10) == 0 && lot + 1 < shape.Lots && lotMaterial[lot + 1] == material)
            {
                covers.Insert(Text(id), Text(lotIds[lot + 1]));
            }

            for (var line = 0; line < DataShape.LinesPerCoa; line++)
            {
                var fail = oos && line == 2;
                var value = fail ? 1.2 : Math.Round(0.1 + random.NextDouble() * 0.3, 2);
                lines.Insert(Text(NextGuid()), Text(id), line + 1, tests[line], "Ph. Eur.", "Numeric", "<= 0.5 EU/mL", null, 1, 0.5, 1, "[EU]/mL",
                    value.ToString(CultureInfo.InvariantCulture), value, "[EU]/mL", fail ? "Fail" : "Pass", Ticks, Ticks, 1);
            }
        }

        return certificates.Rows + covers.Rows + lines.Rows;
    }

    private long WriteChangeNotices(SqliteConnection connection, SqliteTransaction transaction)
    {
        using var notices = new BulkTable(connection, transaction, "ChangeNotices",
            "Id", "SupplierId", "SupplierCode", "SupplierReference", "Version", "Area", "Level", "Title", "Description", "AffectedCatalogueNumbers",
            "AffectedLotNumbers", "NotifiedAt", "PlannedImplementationOn", "SupportingDocuments", "LeadTimeDays", "RequiredLeadTimeDays",
            "RequiresImmediateTriage", "MissingItems", "Status", "Proposal_RequalificationProposed", "Proposal_LotHoldProposed",
            "Proposal_AffectedLotCount", "Proposal_AffectedQualificationCount", "Assessment_ChosenActions", "InformationRequests", "Proposal_Actions",
            "Proposal_AffectedLots", "Proposal_AffectedQualifications", "Proposal_AffectedRiskAssessments", "Proposal_UnmatchedCatalogueNumbers",
            "CreatedAt", "ModifiedAt", "Revision", "ChangeSequence");
        using var affected = new BulkTable(connection, transaction, "ChangeNoticeMaterials", "ChangeNoticeId", "MaterialId");
        for (var n = 0; n < shape.ChangeNotices; n++)
        {
            var first = random.Next(shape.Materials);
            var supplier = materialSupplier[first];
            // One to three materials of the same supplier (neighbours in the generated order share one).
            var materials = Enumerable.Range(first, 1 + random.Next(3)).Where(m => m < shape.Materials && materialSupplier[m] == supplier).ToList();
            var id = NextGuid();
            var notified = GeneratedAt.AddDays(-random.Next(700));
            var catalogue = "[" + string.Join(",", materials.Select(m => $"\"{materialCatalogue[m]}\"")) + "]";
            notices.Insert(Text(id), Text(supplierIds[supplier]), supplierCodes[supplier], $"CN-{n + 1:D5}", 1,
                Pick(("Process", 30), ("Site", 15), ("Specification", 15), ("LabellingOrDocuments", 20), ("ContainerClosureOrPackaging", 10), ("Discontinuation", 10)),
                Pick(("Level1", 40), ("Level2", 35), ("Level0", 15), ("Level3", 10)), $"Change {n + 1}", "Generated change notice.", catalogue, "[]",
                notified.UtcTicks, Iso(DateOnly.FromDateTime(notified.UtcDateTime).AddDays(180)), "[]", 180, 180, 0, "[]",
                Pick(("Closed", 40), ("Implemented", 15), ("Accepted", 10), ("AcceptedWithActions", 8), ("Rejected", 4), ("Cancelled", 3), ("Received", 8), ("Triaged", 5), ("UnderAssessment", 7)),
                0, 0, 0, 0, "[]", "[]", "[]", "[]", "[]", "[]", "[]", Ticks, Ticks, 1, NextChangeSequence());
            foreach (var m in materials)
            {
                affected.Insert(Text(id), Text(materialIds[m]));
            }
        }

        return notices.Rows + affected.Rows;
    }

    private static long Ticks => GeneratedAt.UtcTicks;

    private long NextChangeSequence() => --changeSequence;

    /// <summary>A version-7-shaped GUID whose time part counts up, so keys are ordered like the product's and B-tree inserts append.</summary>
    private Guid NextGuid()
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        var stamp = GeneratedAt.ToUnixTimeMilliseconds() + guidCounter++;
        for (var i = 0; i < 6; i++)
        {
            bytes[i] = (byte)(stamp >> (8 * (5 - i)));
        }

        bytes[6] = (byte)(0x70 | (bytes[6] & 0x0F));
        bytes[8] = (byte)(0x80 | (bytes[8] & 0x3F));
        return new Guid(bytes, bigEndian: true);
    }

    /// <summary>As EF Core's SQLite provider stores a Guid.</summary>
    private static string Text(Guid id) => id.ToString().ToUpperInvariant();

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private DateOnly Date(int fromYear, int toYearExclusive)
    {
        var from = new DateOnly(fromYear, 1, 1);
        return from.AddDays(random.Next(new DateOnly(toYearExclusive, 1, 1).DayNumber - from.DayNumber));
    }

    private T Pick<T>(params (T Value, int Weight)[] choices)
    {
        var roll = random.Next(choices.Sum(c => c.Weight));
        foreach (var (value, weight) in choices)
        {
            if ((roll -= weight) < 0)
            {
                return value;
            }
        }

        return choices[^1].Value;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}

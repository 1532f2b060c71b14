using Microsoft.Data.Sqlite;

namespace AmConnector.Benchmarks.Queries;

/// <summary>Lots the scenarios ask about, picked from the generated file deterministically (the same on every run of one seed).</summary>
internal static class BenchLots
{
    public sealed record Picked(Guid Id, string SupplierCode, string CatalogueNumber, string LotNumber);

    /// <summary>
    /// P1's lot: released, expiring after 2027, of an animal-derived material (so the check weighs
    /// certificates of origin and TSE/BSE statements as well as holds, qualifications and notices),
    /// whose material is qualified, supplier approved and documents valid: the everyday "yes".
    /// </summary>
    public static Picked ForUsability(string database) => Query(database, """
        SELECT l.Id, l.SupplierCode, l.CatalogueNumber, l.LotNumber
        FROM Lots l JOIN Materials m ON m.Id = l.MaterialId JOIN Suppliers s ON s.Id = m.SupplierId
        WHERE l.Status = 'Released' AND l.ExpiresOn > '2027-12-31' AND m.AnimalOriginStatus = 'AnimalDerived' AND s.Approval = 'Approved'
          AND EXISTS (SELECT 1 FROM Qualifications q WHERE q.MaterialId = m.Id AND q.Status = 'Qualified')
          AND (SELECT COUNT(DISTINCT c.Type) FROM Certificates c
               WHERE c.MaterialId = m.Id AND c.Type IN ('CertificateOfOrigin', 'TseBseStatement') AND c.ValidUntil > '2027-12-31') = 2
        ORDER BY l.Id LIMIT 1 OFFSET 100
        """).Single();

    /// <summary>P6's lots: <paramref name="count"/> spread evenly over the whole set, whatever their state.</summary>
    public static IReadOnlyList<Picked> Spread(string database, int count)
    {
        var total = Query(database, "SELECT Id, SupplierCode, CatalogueNumber, LotNumber FROM Lots ORDER BY Id").ToList();
        return [.. Enumerable.Range(0, count).Select(i => total[(int)((long)i * total.Count / count)])];
    }

    private static IEnumerable<Picked> Query(string database, string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = database, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<Picked>();
        while (reader.Read())
        {
            rows.Add(new Picked(reader.GetGuid(0), reader.GetString(1), reader.GetString(2), reader.GetString(3)));
        }

        return rows;
    }
}

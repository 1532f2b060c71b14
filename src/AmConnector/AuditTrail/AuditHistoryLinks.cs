using AmConnector.Certificates;
using AmConnector.ChangeNotices;
using AmConnector.Lots;
using AmConnector.Materials;
using AmConnector.Qualifications;
using AmConnector.Risk;
using AmConnector.Suppliers;

namespace AmConnector.AuditTrail;

/// <summary>
/// Fills an event's link column from the record it is about (ADR-012). The link is derived from
/// <see cref="AuditEvent.EntityType"/> and <see cref="AuditEvent.EntityKey"/>, which the hash covers,
/// so it is left out of the canonical form and <see cref="Matches"/> can check it against them.
/// </summary>
internal static class AuditHistoryLinks
{
    /// <summary>Sets the one link column that names <paramref name="entity"/>; other records get none.</summary>
    public static void Link(AuditEvent audit, object entity)
    {
        switch (entity)
        {
            case Supplier s: audit.SupplierId = s.Id; break;
            case Material m: audit.MaterialId = m.Id; break;
            case Lot l: audit.LotId = l.Id; break;
            case Certificate c: audit.CertificateId = c.Id; break;
            case RiskAssessment r: audit.RiskAssessmentId = r.Id; break;
            case Qualification q: audit.QualificationId = q.Id; break;
            case ChangeNotice n: audit.ChangeNoticeId = n.Id; break;
        }
    }

    /// <summary>True when the link columns say what EntityType and EntityKey say: at most the one of that type, holding that key.</summary>
    public static bool Matches(AuditEvent audit)
    {
        Guid? expected = Guid.TryParse(audit.EntityKey, out var key) ? key : null;
        return Is(audit.SupplierId, nameof(Supplier)) && Is(audit.MaterialId, nameof(Material)) && Is(audit.LotId, nameof(Lot)) &&
               Is(audit.CertificateId, nameof(Certificate)) && Is(audit.RiskAssessmentId, nameof(RiskAssessment)) &&
               Is(audit.QualificationId, nameof(Qualification)) && Is(audit.ChangeNoticeId, nameof(ChangeNotice));

        bool Is(Guid? link, string type) => audit.EntityType == type ? link == expected : link is null;
    }
}

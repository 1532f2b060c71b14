namespace AmConnector.Suppliers;

/// <summary>
/// The quality agreement's change-notification terms (domain.md §5.4). Null notice days mean
/// "use the site default from options".
/// </summary>
public sealed class QualityAgreement
{
    public string? Reference { get; set; }

    public DateOnly? EffectiveOn { get; set; }

    public int? Level1NoticeDays { get; set; }

    public int? Level2NoticeDays { get; set; }

    public int? Level3NoticeDays { get; set; }

    public int? DiscontinuationNoticeDays { get; set; }

    public string? NoticeContactName { get; set; }

    public string? NoticeContactEmail { get; set; }
}

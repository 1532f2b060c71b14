namespace AmConnector.Client.Suppliers.Events;

/// <summary>The data of <c>am.change-notice.withdrawn</c>: an open notice is cancelled.</summary>
public sealed record ChangeNoticeWithdrawal
{
    public required string SupplierReference { get; init; }

    public required string Reason { get; init; }
}

namespace AmConnector.Suppliers;

public enum SupplierApproval
{
    Pending,
    Approved,
    Conditional,
    Suspended,
    Disqualified,
}

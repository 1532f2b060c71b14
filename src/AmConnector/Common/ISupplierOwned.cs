namespace AmConnector.Common;

/// <summary>A record that belongs to one supplier: the unit of supplier row scoping.</summary>
public interface ISupplierOwned
{
    string SupplierCode { get; }
}

namespace AmConnector.Data;

/// <summary>
/// Whose records the current caller may see. A supplier's system sees its own supplier's rows
/// only; every other caller, and work without a caller (start-up, background dispatch), sees all.
/// </summary>
public interface IRowScope
{
    /// <summary>True for a supplier-scoped caller: rows of other suppliers do not exist for it.</summary>
    bool IsSupplier { get; }

    /// <summary>The supplier code of a supplier-scoped caller.</summary>
    string? SupplierCode { get; }
}

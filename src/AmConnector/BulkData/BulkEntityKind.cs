namespace AmConnector.BulkData;

/// <summary>The entity sets the bulk import and export handle, named as on the command line.</summary>
public enum BulkEntityKind
{
    Suppliers,
    Materials,
    Lots,
}

namespace AmConnector.Materials;

public sealed class DrugMasterFile
{
    /// <summary>DMF type, e.g. <c>II</c> (drug substance) or <c>IV</c> (excipient), or <c>MAF</c> for devices.</summary>
    public string? Type { get; set; }

    public string? Number { get; set; }
}

namespace AmConnector.DataProtection;

/// <summary>
/// One element of the ASP.NET Core Data Protection key ring (a key, or a revocation), shared by every
/// instance on the database. Not a GMP record: it is not an <see cref="Common.AmEntity"/>, so the audit
/// trail never sees it, and only <see cref="DatabaseXmlRepository"/> writes it, insert-only.
/// </summary>
internal sealed class DataProtectionKey
{
    public int Id { get; set; }

    /// <summary>The name Data Protection gives the element, e.g. <c>key-{guid}</c>; unique.</summary>
    public string FriendlyName { get; set; } = "";

    /// <summary>The element's XML; its secret part is encrypted when a key-protection certificate is configured.</summary>
    public string Xml { get; set; } = "";
}

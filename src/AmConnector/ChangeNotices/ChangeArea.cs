namespace AmConnector.ChangeNotices;

public enum ChangeArea
{
    Site,
    Process,
    SourceOrOrigin,
    Specification,
    TestMethod,
    ContainerClosureOrPackaging,
    LabellingOrDocuments,
    QmsOrCertification,
    OwnershipOrName,
    Discontinuation,
    Other,
}

namespace AmConnector.Materials;

public enum MaterialStatus
{
    Active,
    Discontinued,
}

namespace AmConnector.Lots;

public enum HoldSource
{
    ChangeNotice,
    Recall,
    Deviation,
    Person,
}

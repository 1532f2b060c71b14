namespace AmConnector.HostSystems;

/// <summary>What a <see cref="HostQmsJob"/> asks of the host QMS; one operation of <c>contracts/host-qms/openapi.yaml</c> each.</summary>
public enum HostQmsJobKind
{
    OpenChangeControl,
    PlaceLotHold,
    ReleaseLotHold,
}

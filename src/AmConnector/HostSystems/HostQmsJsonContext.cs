using System.Text.Json;
using System.Text.Json.Serialization;

namespace AmConnector.HostSystems;

/// <summary>
/// Source-generated JSON for the host-QMS client (Refit 16's generated client wants a context) and
/// for the jobs' payloads, so a payload is exactly the body that will be sent.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ChangeControlRequest))]
[JsonSerializable(typeof(ChangeControl))]
[JsonSerializable(typeof(LotHoldRequest))]
[JsonSerializable(typeof(LotHoldReleaseRequest))]
[JsonSerializable(typeof(HostLotHold))]
[JsonSerializable(typeof(HostProblem))]
[JsonSerializable(typeof(LotHoldJobPayload))]
[JsonSerializable(typeof(HostQmsToken))]
internal sealed partial class HostQmsJsonContext : JsonSerializerContext;

using System.Text.Json.Serialization;

namespace AmConnector.Client.Lims;

/// <summary>The answer to "may I use this lot, for this use, today?".</summary>
[JsonConverter(typeof(JsonStringEnumConverter<UsabilityVerdict>))]
public enum UsabilityVerdict
{
    Usable,
    UsableWithConditions,
    NotUsable,
}

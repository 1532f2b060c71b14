using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace AmConnector.Data;

/// <summary>Stores an instant as UTC ticks (SQLite only): ordered, comparable, lossless.</summary>
internal sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    value => value.UtcTicks,
    ticks => new DateTimeOffset(ticks, TimeSpan.Zero));

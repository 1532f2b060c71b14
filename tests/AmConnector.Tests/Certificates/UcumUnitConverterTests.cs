using AmConnector.Certificates.Evaluation;

namespace AmConnector.Tests.Certificates;

public sealed class UcumUnitConverterTests
{
    public static TheoryData<decimal, string?, string?, decimal> Convertible => new()
    {
        { 7.2m, "[pH]", "[pH]", 7.2m },               // same special unit: never handed to the library
        { 37m, "Cel", "Cel", 37m },
        { 5m, "%", "%", 5m },
        { 5m, null, null, 5m },                       // no unit on either side
        { 5m, "", "1", 5m },
        { 1m, "mg/dL", "g/L", 0.01m },                // metric, exact in decimal
        { 0.01m, "g/L", "mg/dL", 1m },
        { 0.125m, "mg/L", "ug/mL", 0.125m },
        { 2m, "ng/mg", "ug/g", 2m },
        { 1m, "U/mg", "U/ug", 0.001m },               // prefix in the denominator
        { 10m, "[EU]/mL", "[EU]/L", 10000m },         // arbitrary unit, same on both sides
        { 0.5m, "{EU}/mL", "{EU}/L", 500m },          // annotation, same on both sides
        { 2m, "EU/mL", "[EU]/mL", 2m },               // bare EU reads as [EU], not exa-U
        { 0.25m, "EU/ug", "[EU]/mg", 250m },
        { 300m, "mOsm/kg", "mosm/kg", 300m },         // UCUM case-insensitive form
        { 0.3m, "osm/kg", "mosm/kg", 300m },
        { 100m, "[iU]/mg", "[iU]/ug", 0.1m },
        { 100m, "[IU]/mg", "[iU]/mg", 100m },         // [IU] is defined as one [iU]
        { 2m, "IU/mg", "[iU]/ug", 0.002m },           // bare IU reads as [IU]
        { 1m, "m[IU]/mL", "[IU]/L", 1m },
        { 0.5m, "%", "[ppm]", 5000m },
        { 2m, "10*6{cells}/mL", "{cells}/mL", 2000000m },
        { 1.5m, "10*6/mL", "/uL", 1500m },
        { 5m, "µg/mL", "ug/mL", 5m },                 // micro sign
        { 5m, "μg/mL", "mg/L", 5m },                  // Greek mu
    };

    public static TheoryData<string?, string?, string> NotConvertible => new()
    {
        { "mg", "mL", "incommensurable" },
        { "{EU}/ug", "{EU}/mL", "incommensurable" },  // Fhir.Metrics alone would return 1
        { "%", "g/dL", "incommensurable" },
        { "{EU}/mL", "/mL", "count different things" },
        { "{EU}/mL", "{cells}/mL", "count different things" },
        { "[EU]/mL", "{EU}/mL", "count different things" },
        { "[iU]/mg", "[CFU]/mg", "count different things" },
        { "[iU]/mg", "/mg", "count different things" },
        { "U/mg", "[iU]/mg", "count different things" },
        { "foo/mL", "/mL", "unknown UCUM atom 'foo'" },
        { "cells/mL", "{cells}/mL", "unknown UCUM atom 'cells'" },
        { "mg / dL", "g/L", "whitespace" },
        { "mg/(dL)", "g/L", "parentheses" },
        { "mg//L", "g/L", "not a UCUM expression" },
        { null, "%", "without a unit" },
        { "%", "", "without a unit" },
        { "Cel", "K", "cannot convert" },
    };

    [Theory]
    [MemberData(nameof(Convertible))]
    public void Convert_CommensurableUnits_ReturnsValueInTargetUnit(decimal value, string? from, string? to, decimal expected)
    {
        var conversion = UcumUnitConverter.Convert(value, from, to);

        Assert.True(conversion.IsConverted, conversion.Reason);
        Assert.Equal(expected, conversion.Value);
    }

    [Theory]
    [MemberData(nameof(NotConvertible))]
    public void Convert_UnitsThatCannotBeConverted_ReportsNotConvertibleWithReason(string? from, string? to, string reason)
    {
        var conversion = UcumUnitConverter.Convert(1m, from, to);

        Assert.False(conversion.IsConverted);
        Assert.Contains(reason, conversion.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(12.5, 0.125)]
    [InlineData(0.003, 0.00003)]
    [InlineData(0, 0)]
    [InlineData(-4, -0.04)]
    public void Convert_UnitPairSeenBefore_ScalesEachValueByTheKeptFactor(decimal value, decimal expected)
    {
        // The first call finds and keeps the canonical factors; the second uses them.
        UcumUnitConverter.Convert(1m, "mg/dL", "g/L");

        var conversion = UcumUnitConverter.Convert(value, "mg/dL", "g/L");

        Assert.True(conversion.IsConverted, conversion.Reason);
        Assert.Equal(expected, conversion.Value);
    }

    [Fact]
    public void Convert_ValueThatOverflowsThroughTheKeptFactor_ReportsNotConvertible()
    {
        UcumUnitConverter.Convert(1m, "kg", "g");

        var conversion = UcumUnitConverter.Convert(decimal.MaxValue, "kg", "g");

        Assert.False(conversion.IsConverted);
        Assert.Contains("cannot convert", conversion.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Convert_UnitWithLargeCanonicalFactor_ConvertsFromTheKeptFactor()
    {
        // mol/L canonicalises to about 6.02e26 per m3: the probe must not overflow on it.
        UcumUnitConverter.Convert(1m, "mmol/L", "mol/L");

        var conversion = UcumUnitConverter.Convert(140m, "mmol/L", "mol/L");

        Assert.True(conversion.IsConverted, conversion.Reason);
        Assert.Equal(0.14m, conversion.Value);
    }

    [Fact]
    public void Convert_UnknownUnitAskedTwice_GivesTheSameReasonBothTimes()
    {
        var first = UcumUnitConverter.Convert(1m, "foo/mL", "/mL");
        var second = UcumUnitConverter.Convert(1m, "foo/mL", "/mL");

        Assert.False(second.IsConverted);
        Assert.Equal(first.Reason, second.Reason);
        Assert.Contains("unknown UCUM atom 'foo'", second.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Convert_SpecialUnitAskedTwice_IsRefusedBothTimes()
    {
        var first = UcumUnitConverter.Convert(37m, "Cel", "K");
        var second = UcumUnitConverter.Convert(37m, "Cel", "K");

        Assert.False(first.IsConverted);
        Assert.Equal(first.Reason, second.Reason);
    }
}

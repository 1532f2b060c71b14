using AmConnector.Common;

namespace AmConnector.Tests.Common;

public sealed class CheckTests
{
    [Theory]
    [InlineData("NWB", true)]
    [InlineData("CTS-1001/B", true)]
    [InlineData("a.b_c", true)]
    [InlineData("", false)]
    [InlineData(" ", false)]
    [InlineData("-lead", false)]
    [InlineData("has space", false)]
    public void Codes_are_letters_digits_and_a_few_separators(string value, bool valid)
    {
        var errors = new List<FieldError>();

        Check.Code(errors, "Code", value);

        Assert.Equal(valid, errors.Count == 0);
        Assert.All(errors, e => Assert.Equal("Code", e.Field));
    }

    [Fact]
    public void A_code_longer_than_64_characters_is_refused() =>
        Assert.Single(Errors(e => Check.Code(e, "Code", new string('A', 65))));

    [Theory]
    [InlineData("DE", true)]
    [InlineData("de", false)]
    [InlineData("DEU", false)]
    [InlineData(null, false)]
    public void Countries_are_ISO_3166_alpha_2(string? value, bool valid) =>
        Assert.Equal(valid, Errors(e => Check.Country(e, "Country", value)).Count == 0);

    [Fact]
    public void A_range_names_the_field_and_the_value()
    {
        var error = Assert.Single(Errors(e => Check.Range(e, "Hazards/0/Probability", 6, 1, 5)));

        Assert.Equal("Hazards/0/Probability", error.Field);
        Assert.Contains("was 6", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_expiry_before_manufacture_is_refused_and_names_both_dates()
    {
        var error = Assert.Single(Errors(e => Check.NotBefore(e, "ExpiresOn", new DateOnly(2026, 1, 1), "ManufacturedOn", new DateOnly(2026, 6, 1))));

        Assert.Contains("2026-01-01", error.Message, StringComparison.Ordinal);
        Assert.Contains("ManufacturedOn 2026-06-01", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", true)]
    [InlineData("E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855", false)]
    [InlineData("e3b0", false)]
    public void Hashes_are_lower_case_SHA_256(string value, bool valid) =>
        Assert.Equal(valid, Errors(e => Check.Sha256(e, "Document/Sha256", value)).Count == 0);

    private static List<FieldError> Errors(Action<List<FieldError>> check)
    {
        var errors = new List<FieldError>();
        check(errors);
        return errors;
    }
}

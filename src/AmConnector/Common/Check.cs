using System.Text.RegularExpressions;

namespace AmConnector.Common;

/// <summary>Small field checks that write rules share; each adds a <see cref="FieldError"/> naming the field.</summary>
internal static partial class Check
{
    public static void Required(List<FieldError> errors, string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(new FieldError(field, "is required."));
        }
    }

    public static void Code(List<FieldError> errors, string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(new FieldError(field, "is required."));
        }
        else if (!CodePattern().IsMatch(value))
        {
            errors.Add(new FieldError(field, "must be 1–64 characters of letters, digits, '.', '-', '_' or '/', starting with a letter or digit."));
        }
    }

    public static void Country(List<FieldError> errors, string field, string? value)
    {
        if (value is null || !CountryPattern().IsMatch(value))
        {
            errors.Add(new FieldError(field, $"'{value}' is not an ISO 3166-1 alpha-2 code (two capital letters)."));
        }
    }

    public static void Range(List<FieldError> errors, string field, int? value, int min, int max)
    {
        if (value is { } v && (v < min || v > max))
        {
            errors.Add(new FieldError(field, $"must be between {min} and {max}; was {v}."));
        }
    }

    public static void NotNegative(List<FieldError> errors, string field, decimal? value)
    {
        if (value < 0)
        {
            errors.Add(new FieldError(field, $"must not be negative; was {value}."));
        }
    }

    public static void Sha256(List<FieldError> errors, string field, string? value)
    {
        if (value is not null && !Sha256Pattern().IsMatch(value))
        {
            errors.Add(new FieldError(field, "must be 64 lower-case hexadecimal characters (SHA-256)."));
        }
    }

    public static void NotBefore(List<FieldError> errors, string field, DateOnly? value, string otherField, DateOnly? other)
    {
        if (value is { } v && other is { } o && v < o)
        {
            errors.Add(new FieldError(field, $"{v:yyyy-MM-dd} is before {otherField} {o:yyyy-MM-dd}."));
        }
    }

    public static void Unchanged<T>(List<FieldError> errors, string field, T value, T expected, string why)
    {
        if (!EqualityComparer<T>.Default.Equals(value, expected))
        {
            errors.Add(new FieldError(field, why));
        }
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._/-]{0,63}$")]
    private static partial Regex CodePattern();

    [GeneratedRegex("^[A-Z]{2}$")]
    private static partial Regex CountryPattern();

    [GeneratedRegex("^[0-9a-f]{64}$")]
    private static partial Regex Sha256Pattern();
}

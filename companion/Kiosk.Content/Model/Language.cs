namespace Kiosk.Content;

/// <summary>A kiosk language: text direction, the digits numbers are shown with, and whether people have reviewed its translation.</summary>
public sealed class Language
{
    public required string Code { get; init; }
    public required string EnglishName { get; init; }
    public required bool IsRightToLeft { get; init; }

    /// <summary>Name of the digit set used by default (latin, thai, devanagari, arabic-indic, khmer).</summary>
    public required string Digits { get; init; }

    /// <summary>The ten characters for 0-9 in <see cref="Digits"/>; the device composes "question 2 of 5" from these.</summary>
    public required string DigitCharacters { get; init; }

    /// <summary>"source", "draft" (machine or first draft, not reviewed) or "reviewed".</summary>
    public required string ReviewStatus { get; init; }
    public required SourceLocation Location { get; init; }

    public bool IsDraft => ReviewStatus == "draft";

    /// <summary>Writes a non-negative number with this language's digits.</summary>
    public string FormatNumber(int value) =>
        string.Concat(value.ToString(System.Globalization.CultureInfo.InvariantCulture)
            .Select(c => DigitCharacters[c - '0']));
}

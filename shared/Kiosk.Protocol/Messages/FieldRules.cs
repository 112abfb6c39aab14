using System;

namespace Kiosk.Protocol.Messages;

/// <summary>
/// Shapes of the text fields, enforced by encoders (ArgumentException) and decoders (InvalidValue)
/// alike, so we never send what we would refuse and no free text slips into anonymous reports.
/// </summary>
internal static class FieldRules
{
    internal const int MaxIdLength = 64;
    internal const int MaxLanguageLength = 35;

    /// <summary>Bundle, lesson, module and profile ids: 1-64 of a-z 0-9 . _ -, starting with a letter or digit.</summary>
    internal static bool IsId(string value)
    {
        if (value == null || value.Length == 0 || value.Length > MaxIdLength || !IsLowerAlphanumeric(value[0]))
        {
            return false;
        }

        for (int i = 1; i < value.Length; i++)
        {
            char c = value[i];
            if (!IsLowerAlphanumeric(c) && c != '-' && c != '_' && c != '.')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A BCP 47 language tag in its plain form (en, hi, pt-BR, zh-Hant): letters, digits and hyphens.</summary>
    internal static bool IsLanguage(string value)
    {
        if (value == null || value.Length < 2 || value.Length > MaxLanguageLength || !IsAsciiLetter(value[0]) || value[value.Length - 1] == '-')
        {
            return false;
        }

        for (int i = 1; i < value.Length; i++)
        {
            char c = value[i];
            if (!IsAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '-')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Text shown on screen or logged: bounded, and free of control characters that could upset a display or log.</summary>
    internal static bool IsDisplayText(string value, int maxLength)
    {
        if (value == null || value.Length == 0 || value.Length > maxLength)
        {
            return false;
        }

        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (c < ' ' || c == '\u007F')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A dialable number as people write it: digits, spaces, + - ( ).</summary>
    internal static bool IsPhoneNumber(string value)
    {
        if (value == null || value.Length == 0 || value.Length > 24)
        {
            return false;
        }

        bool hasDigit = false;
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (c >= '0' && c <= '9')
            {
                hasDigit = true;
            }
            else if (c != ' ' && c != '+' && c != '-' && c != '(' && c != ')')
            {
                return false;
            }
        }

        return hasDigit;
    }

    internal static void Require(bool valid, string field)
    {
        if (!valid)
        {
            throw new ArgumentException("Field " + field + " is missing or has an invalid value.", field);
        }
    }

    internal static void RequireIds(string[] values, int maxCount, string field)
    {
        Require(values != null && values.Length <= maxCount, field);
        for (int i = 0; i < values.Length; i++)
        {
            Require(IsId(values[i]), field);
        }
    }

    private static bool IsLowerAlphanumeric(char c)
    {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }

    private static bool IsAsciiLetter(char c)
    {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}

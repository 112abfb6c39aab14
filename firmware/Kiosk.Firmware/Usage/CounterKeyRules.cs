namespace Kiosk.Firmware.Usage;

/// <summary>
/// The shapes the report codec accepts for counter keys (lesson ids and language tags), checked
/// when an event is recorded: a bad key from a screen is dropped there, instead of making every
/// later batch unencodable.
/// </summary>
public static class CounterKeyRules
{
    public static bool IsLessonId(string value)
    {
        if (value == null || value.Length == 0 || value.Length > 64 || !IsLowerAlphanumeric(value[0]))
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

    public static bool IsLanguage(string value)
    {
        if (value == null || value.Length < 2 || value.Length > 35 || value[value.Length - 1] == '-')
        {
            return false;
        }

        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
            if (!(letter || (i > 0 && ((c >= '0' && c <= '9') || (c == '-' && value[i - 1] != '-')))))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsLowerAlphanumeric(char c)
    {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }
}

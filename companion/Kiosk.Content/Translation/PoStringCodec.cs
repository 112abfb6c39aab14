using System.Globalization;
using System.Text;

namespace Kiosk.Content;

/// <summary>C-style escaping of PO string literals.</summary>
internal static class PoStringCodec
{
    public static string Escape(string value)
    {
        var builder = new StringBuilder(value.Length + 8);
        foreach (var c in value)
        {
            switch (c)
            {
                case '\\': builder.Append("\\\\"); break;
                case '"': builder.Append("\\\""); break;
                case '\n': builder.Append("\\n"); break;
                case '\t': builder.Append("\\t"); break;
                case '\r': builder.Append("\\r"); break;
                case '\a': builder.Append("\\a"); break;
                case '\b': builder.Append("\\b"); break;
                case '\f': builder.Append("\\f"); break;
                case '\v': builder.Append("\\v"); break;
                default:
                    // Other control characters would break the line-oriented format; octal keeps them.
                    if (c < ' ' || c == '\x7f')
                        builder.Append('\\').Append(Convert.ToString(c, 8).PadLeft(3, '0'));
                    else
                        builder.Append(c);
                    break;
            }
        }
        return builder.ToString();
    }

    /// <summary>Decodes the body of a quoted literal (without the quotes); returns null with a reason when malformed.</summary>
    public static string? Unescape(string literal, out string? error)
    {
        error = null;
        var builder = new StringBuilder(literal.Length);
        for (var i = 0; i < literal.Length; i++)
        {
            var c = literal[i];
            if (c == '"')
            {
                error = "unescaped quote inside a string";
                return null;
            }
            if (c != '\\')
            {
                builder.Append(c);
                continue;
            }
            if (++i >= literal.Length)
            {
                error = "string ends with a lone backslash";
                return null;
            }
            var e = literal[i];
            switch (e)
            {
                case '\\': builder.Append('\\'); break;
                case '"': builder.Append('"'); break;
                case 'n': builder.Append('\n'); break;
                case 't': builder.Append('\t'); break;
                case 'r': builder.Append('\r'); break;
                case 'a': builder.Append('\a'); break;
                case 'b': builder.Append('\b'); break;
                case 'f': builder.Append('\f'); break;
                case 'v': builder.Append('\v'); break;
                case >= '0' and <= '7':
                    var end = i;
                    while (end < literal.Length && end < i + 3 && literal[end] is >= '0' and <= '7')
                        end++;
                    builder.Append((char)Convert.ToInt32(literal[i..end], 8));
                    i = end - 1;
                    break;
                case 'x':
                    var hexEnd = i + 1;
                    while (hexEnd < literal.Length && Uri.IsHexDigit(literal[hexEnd]))
                        hexEnd++;
                    if (hexEnd == i + 1)
                    {
                        error = "\\x without hex digits";
                        return null;
                    }
                    builder.Append((char)int.Parse(literal[(i + 1)..hexEnd], NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    i = hexEnd - 1;
                    break;
                default:
                    error = $"unknown escape \\{e}";
                    return null;
            }
        }
        return builder.ToString();
    }
}

namespace Kiosk.Firmware.Provisioning;

/// <summary>
/// A strict reader for the one shape of JSON the kiosk accepts (RFC 8259, restricted): a single
/// object whose members are strings, integers or true/false. Nested objects, arrays, null,
/// fractions, exponents, duplicate names, control characters inside strings, lone surrogate
/// escapes and anything after the closing brace are errors. nanoFramework has no JSON library,
/// and a file that provisions credentials should fail loudly rather than be half understood.
/// </summary>
public sealed class FlatJsonReader
{
    private const int MaxIntegerDigits = 18;

    private readonly string _text;
    private readonly char[] _scratch;
    private int _position;

    private FlatJsonReader(string text)
    {
        _text = text;
        _scratch = new char[text.Length];
    }

    /// <summary>Parses <paramref name="text"/>; throws <see cref="ProvisioningException"/> on anything outside the accepted shape.</summary>
    public static FlatJsonObject Parse(string text)
    {
        if (text == null)
        {
            throw new ProvisioningException("no text");
        }

        return new FlatJsonReader(text).ReadObject();
    }

    private FlatJsonObject ReadObject()
    {
        var result = new FlatJsonObject();
        SkipWhitespace();
        Expect('{');
        SkipWhitespace();
        if (Peek() == '}')
        {
            _position++;
        }
        else
        {
            while (true)
            {
                SkipWhitespace();
                string name = ReadString();
                SkipWhitespace();
                Expect(':');
                SkipWhitespace();
                object value = ReadValue();
                if (!result.Add(name, value))
                {
                    throw Error("member \"" + name + "\" appears twice");
                }

                SkipWhitespace();
                char next = Next();
                if (next == '}')
                {
                    break;
                }

                if (next != ',')
                {
                    throw Error("expected ',' or '}'");
                }
            }
        }

        SkipWhitespace();
        if (_position != _text.Length)
        {
            throw Error("text after the object");
        }

        return result;
    }

    private object ReadValue()
    {
        char first = Peek();
        if (first == '"')
        {
            return ReadString();
        }

        if (first == '-' || (first >= '0' && first <= '9'))
        {
            return ReadInteger();
        }

        if (TryLiteral("true"))
        {
            return true;
        }

        if (TryLiteral("false"))
        {
            return false;
        }

        throw Error("expected a string, an integer, true or false");
    }

    private string ReadString()
    {
        Expect('"');
        int length = 0;
        while (true)
        {
            char c = Next();
            if (c == '"')
            {
                return new string(_scratch, 0, length);
            }

            if (c < ' ')
            {
                throw Error("control character inside a string");
            }

            if (c != '\\')
            {
                _scratch[length++] = c;
                continue;
            }

            char escape = Next();
            switch (escape)
            {
                case '"':
                case '\\':
                case '/':
                    _scratch[length++] = escape;
                    break;
                case 'b':
                    _scratch[length++] = '\b';
                    break;
                case 'f':
                    _scratch[length++] = '\f';
                    break;
                case 'n':
                    _scratch[length++] = '\n';
                    break;
                case 'r':
                    _scratch[length++] = '\r';
                    break;
                case 't':
                    _scratch[length++] = '\t';
                    break;
                case 'u':
                    length = ReadUnicodeEscape(length);
                    break;
                default:
                    throw Error("unknown escape");
            }
        }
    }

    private int ReadUnicodeEscape(int length)
    {
        char unit = ReadHex4();
        if (unit >= 0xDC00 && unit <= 0xDFFF)
        {
            throw Error("lone low surrogate escape");
        }

        _scratch[length++] = unit;
        if (unit < 0xD800 || unit > 0xDBFF)
        {
            return length;
        }

        // A high surrogate must be followed at once by an escaped low one.
        if (Next() != '\\' || Next() != 'u')
        {
            throw Error("lone high surrogate escape");
        }

        char low = ReadHex4();
        if (low < 0xDC00 || low > 0xDFFF)
        {
            throw Error("lone high surrogate escape");
        }

        _scratch[length++] = low;
        return length;
    }

    private char ReadHex4()
    {
        int value = 0;
        for (int i = 0; i < 4; i++)
        {
            char c = Next();
            int digit;
            if (c >= '0' && c <= '9')
            {
                digit = c - '0';
            }
            else if (c >= 'a' && c <= 'f')
            {
                digit = c - 'a' + 10;
            }
            else if (c >= 'A' && c <= 'F')
            {
                digit = c - 'A' + 10;
            }
            else
            {
                throw Error("bad \\u escape");
            }

            value = (value << 4) | digit;
        }

        return (char)value;
    }

    private long ReadInteger()
    {
        bool negative = Peek() == '-';
        if (negative)
        {
            _position++;
        }

        int start = _position;
        long value = 0;
        while (_position < _text.Length && _text[_position] >= '0' && _text[_position] <= '9')
        {
            if (_position - start == MaxIntegerDigits)
            {
                throw Error("integer too long");
            }

            value = (value * 10) + (_text[_position] - '0');
            _position++;
        }

        int digits = _position - start;
        if (digits == 0)
        {
            throw Error("expected digits");
        }

        if (digits > 1 && _text[start] == '0')
        {
            throw Error("leading zero");
        }

        if (_position < _text.Length && (_text[_position] == '.' || _text[_position] == 'e' || _text[_position] == 'E'))
        {
            throw Error("only integers are allowed");
        }

        return negative ? -value : value;
    }

    private bool TryLiteral(string literal)
    {
        if (_position + literal.Length > _text.Length)
        {
            return false;
        }

        for (int i = 0; i < literal.Length; i++)
        {
            if (_text[_position + i] != literal[i])
            {
                return false;
            }
        }

        _position += literal.Length;
        return true;
    }

    private void SkipWhitespace()
    {
        while (_position < _text.Length)
        {
            char c = _text[_position];
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
            {
                return;
            }

            _position++;
        }
    }

    private void Expect(char expected)
    {
        if (Next() != expected)
        {
            throw Error("expected '" + expected + "'");
        }
    }

    private char Peek()
    {
        if (_position >= _text.Length)
        {
            throw Error("unexpected end");
        }

        return _text[_position];
    }

    private char Next()
    {
        char c = Peek();
        _position++;
        return c;
    }

    private ProvisioningException Error(string what)
    {
        return new ProvisioningException("provisioning JSON: " + what + " at character " + _position);
    }
}

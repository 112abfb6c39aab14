using System.Collections;

namespace Kiosk.Firmware.Provisioning;

/// <summary>
/// The members of one flat JSON object, in file order. Values are <see cref="string"/>,
/// <see cref="long"/> or <see cref="bool"/>; nothing else can occur (see <see cref="FlatJsonReader"/>).
/// </summary>
public sealed class FlatJsonObject
{
    private readonly ArrayList _names = new ArrayList();
    private readonly ArrayList _values = new ArrayList();

    public int Count
    {
        get { return _names.Count; }
    }

    public string NameAt(int index)
    {
        return (string)_names[index];
    }

    /// <summary>The value of <paramref name="name"/>, or null when the object has no such member.</summary>
    public object Find(string name)
    {
        int index = IndexOf(name);
        return index < 0 ? null : _values[index];
    }

    internal bool Add(string name, object value)
    {
        if (IndexOf(name) >= 0)
        {
            return false;
        }

        _names.Add(name);
        _values.Add(value);
        return true;
    }

    private int IndexOf(string name)
    {
        for (int i = 0; i < _names.Count; i++)
        {
            if ((string)_names[i] == name)
            {
                return i;
            }
        }

        return -1;
    }
}

namespace Kiosk.Protocol.Cbor;

/// <summary>
/// Walks over one whole item without allocating, enforcing the limits. Recursion is bounded by
/// <see cref="CborLimits.MaxDepth"/>, which itself is capped at <see cref="CborLimits.DepthCeiling"/>.
/// </summary>
internal static class CborItemScanner
{
    /// <param name="depth">Containers and tags already open around this item.</param>
    /// <returns>The position just after the item.</returns>
    internal static int Skip(byte[] data, int position, int end, CborLimits limits, int depth)
    {
        int majorType;
        int additionalInfo;
        ulong argument;
        position = CborHead.Parse(data, position, end, out majorType, out additionalInfo, out argument);

        switch (majorType)
        {
            case 2:
            case 3:
                return position + CheckStringLength(argument, position, end, limits);
            case 4:
            case 5:
                {
                    EnterNested(depth, limits);
                    ulong items = CheckContainerLength(argument, majorType == 5, position, end, limits);
                    for (ulong i = 0; i < items; i++)
                    {
                        position = Skip(data, position, end, limits, depth + 1);
                    }

                    return position;
                }

            case 6:
                EnterNested(depth, limits);
                return Skip(data, position, end, limits, depth + 1);
            default:
                // Integers, simple values and floats: the head is the whole item.
                return position;
        }
    }

    internal static int CheckStringLength(ulong length, int position, int end, CborLimits limits)
    {
        if (length > (ulong)limits.MaxStringLength)
        {
            throw new ProtocolDecodeException(DecodeError.TooLarge, "String of " + length + " bytes exceeds the limit.");
        }

        if (length > (ulong)(end - position))
        {
            throw new ProtocolDecodeException(DecodeError.Truncated, "Input ends inside a string.");
        }

        return (int)length;
    }

    /// <returns>The number of items that follow: the count for an array, twice it for a map.</returns>
    internal static ulong CheckContainerLength(ulong count, bool isMap, int position, int end, CborLimits limits)
    {
        if (count > (ulong)limits.MaxContainerLength)
        {
            throw new ProtocolDecodeException(DecodeError.TooLarge, "Container of " + count + " entries exceeds the limit.");
        }

        // Every item takes at least one byte, so a count beyond the remaining input is a lie
        // that we catch before a caller allocates an array for it.
        ulong items = isMap ? count * 2 : count;
        if (items > (ulong)(end - position))
        {
            throw new ProtocolDecodeException(DecodeError.Truncated, "Container claims more items than the input holds.");
        }

        return items;
    }

    private static void EnterNested(int depth, CborLimits limits)
    {
        if (depth >= limits.MaxDepth)
        {
            throw new ProtocolDecodeException(DecodeError.TooDeep, "Nesting deeper than " + limits.MaxDepth + ".");
        }
    }
}

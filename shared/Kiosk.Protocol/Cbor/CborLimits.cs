using System;

namespace Kiosk.Protocol.Cbor;

/// <summary>
/// Bounds a decoder enforces before it allocates or recurses, so a few hostile bytes cannot
/// exhaust a kiosk's 100 KB heap or its stack.
/// </summary>
public sealed class CborLimits
{
    /// <summary>Nesting is walked recursively; this cap keeps the stack small on the device.</summary>
    public const int DepthCeiling = 64;

    /// <summary>Deepest nesting of arrays, maps and tags; a top-level array is depth 1.</summary>
    public int MaxDepth;

    /// <summary>Longest byte or text string, in bytes.</summary>
    public int MaxStringLength;

    /// <summary>Most elements in an array, or most pairs in a map.</summary>
    public int MaxContainerLength;

    /// <summary>Largest whole encoded input, in bytes.</summary>
    public int MaxTotalSize;

    public CborLimits(int maxDepth, int maxStringLength, int maxContainerLength, int maxTotalSize)
    {
        MaxDepth = maxDepth;
        MaxStringLength = maxStringLength;
        MaxContainerLength = maxContainerLength;
        MaxTotalSize = maxTotalSize;
        Validate();
    }

    /// <summary>
    /// Depth 16, strings 64 KiB, containers 4096, input 256 KiB. A fresh instance each time,
    /// because the fields are writable and a shared default could be changed by one caller for all.
    /// </summary>
    public static CborLimits Default
    {
        get { return new CborLimits(16, 64 * 1024, 4096, 256 * 1024); }
    }

    // The fields are public and writable, so every decoder re-checks them before use.
    internal void Validate()
    {
        if (MaxDepth < 1 || MaxDepth > DepthCeiling)
        {
            throw new ArgumentOutOfRangeException("maxDepth");
        }

        if (MaxStringLength < 0)
        {
            throw new ArgumentOutOfRangeException("maxStringLength");
        }

        if (MaxContainerLength < 0)
        {
            throw new ArgumentOutOfRangeException("maxContainerLength");
        }

        if (MaxTotalSize < 0)
        {
            throw new ArgumentOutOfRangeException("maxTotalSize");
        }
    }
}

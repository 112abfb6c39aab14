using System;

namespace Kiosk.Protocol;

/// <summary>
/// The only exception a decoder lets escape for bad input, so a kiosk can drop a hostile or
/// damaged message with one catch and keep running.
/// </summary>
public sealed class ProtocolDecodeException : Exception
{
    public ProtocolDecodeException(DecodeError error, string message)
        : base(message)
    {
        Error = error;
    }

    public DecodeError Error { get; }
}

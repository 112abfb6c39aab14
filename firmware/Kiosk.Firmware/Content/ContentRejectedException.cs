using System;
using Kiosk.Protocol.Messages;

namespace Kiosk.Firmware.Content;

/// <summary>A bundle the store will not install, with the reason the kiosk reports in its status.</summary>
public sealed class ContentRejectedException : Exception
{
    public ContentRejectedException(SyncFailureReason reason, string message)
        : base(message)
    {
        Reason = reason;
    }

    public SyncFailureReason Reason { get; }
}

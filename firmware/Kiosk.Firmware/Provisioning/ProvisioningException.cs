using System;

namespace Kiosk.Firmware.Provisioning;

/// <summary>The provisioning file is missing, malformed or inconsistent; the message says where, for the serial log.</summary>
public sealed class ProvisioningException : Exception
{
    public ProvisioningException(string message)
        : base(message)
    {
    }
}

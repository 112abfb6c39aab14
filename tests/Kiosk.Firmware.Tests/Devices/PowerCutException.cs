namespace Kiosk.Firmware.Tests.Devices;

/// <summary>Thrown by <see cref="MemoryFileSystem"/> once its power has been cut: the kiosk is dead until it reboots.</summary>
public sealed class PowerCutException() : Exception("Power cut.");

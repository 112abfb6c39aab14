using System.Reflection;

[assembly: AssemblyTitle("Kiosk.Firmware.Esp32")]
[assembly: AssemblyDescription("Offline child online-safety kiosk, ESP32 application")]
[assembly: AssemblyVersion("0.1.0.0")]

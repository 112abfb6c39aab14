using Kiosk.Content.Packaging;
using Kiosk.Protocol.Content;

namespace Kiosk.Content.Compilation;

/// <summary>The colours bundles are compiled for: dark text on white, a dark bar, an orange accent.</summary>
public static class KioskTheme
{
    public static ContentTheme Default() => new()
    {
        PageBackground = Bgr565.FromArgb(0xFFFFFFFF),
        Text = Bgr565.FromArgb(0xFF1A1A2E),
        BarBackground = Bgr565.FromArgb(0xFF2F3A4A),
        BarText = Bgr565.FromArgb(0xFFFFFFFF),
        Accent = Bgr565.FromArgb(0xFFF28C38),
        AccentText = Bgr565.FromArgb(0xFF1A1A2E),
        Correct = Bgr565.FromArgb(0xFF2E7D32),
        Wrong = Bgr565.FromArgb(0xFFC62828),
    };
}

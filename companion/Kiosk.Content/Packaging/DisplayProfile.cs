using System.Text.Json;
using System.Text.Json.Serialization;
using Kiosk.Protocol.Content;

namespace Kiosk.Content.Packaging;

/// <summary>
/// A display profile (hardware/profiles/*.json): the screen, its chrome bars and content area,
/// font sizes per role, margins, the minimum touch target and the renderer's strip height. The
/// compiler lays pages out with these numbers and copies them into the bundle's index, so the
/// kiosk uses the same ones.
/// </summary>
public sealed record DisplayProfile
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        ReadCommentHandling = JsonCommentHandling.Skip,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    public required string Id { get; init; }

    public IReadOnlyList<string> Boards { get; init; } = [];

    public required int Width { get; init; }

    public required int Height { get; init; }

    /// <summary>Panel diagonal the touch target is computed for (the smallest panel of the profile).</summary>
    public required double PanelDiagonalInches { get; init; }

    public required double MinTouchTargetMm { get; init; }

    public required int MinTouchTargetPx { get; init; }

    public required ProfileRect TopBar { get; init; }

    public required ProfileRect Content { get; init; }

    public required ProfileRect BottomBar { get; init; }

    public required int Margin { get; init; }

    public required ProfileFontSizes FontSizes { get; init; }

    public required int StripHeight { get; init; }

    public required int GlyphCacheBytes { get; init; }

    /// <summary>Pixels per inch of the panel: diagonal in pixels over diagonal in inches.</summary>
    public double Dpi => Math.Sqrt((Width * Width) + (Height * Height)) / PanelDiagonalInches;

    public static DisplayProfile Load(string path)
    {
        var profile = JsonSerializer.Deserialize<DisplayProfile>(File.ReadAllText(path), Json)
            ?? throw new InvalidDataException($"{path} holds no profile.");
        profile.Validate(path);
        return profile;
    }

    /// <summary>The profile as the bundle index carries it.</summary>
    public DisplayGeometry ToGeometry() => new()
    {
        ProfileId = Id,
        Width = Width,
        Height = Height,
        TopBar = TopBar.ToScreenRect(),
        Content = Content.ToScreenRect(),
        BottomBar = BottomBar.ToScreenRect(),
        StripHeight = StripHeight,
        MinTouchTarget = MinTouchTargetPx,
        Margin = Margin,
        TitleSize = FontSizes.Title,
        BodySize = FontSizes.Body,
        ButtonSize = FontSizes.Button,
        CaptionSize = FontSizes.Caption,
    };

    private void Validate(string path)
    {
        int expectedTouch = (int)Math.Ceiling(MinTouchTargetMm * Dpi / 25.4);
        if (MinTouchTargetPx != expectedTouch)
        {
            throw new InvalidDataException($"{path}: minTouchTargetPx should be {expectedTouch} ({MinTouchTargetMm} mm at {Dpi:F0} dpi).");
        }
        foreach (var (name, rect) in new[] { ("topBar", TopBar), ("content", Content), ("bottomBar", BottomBar) })
        {
            if (rect.X < 0 || rect.Y < 0 || rect.Width <= 0 || rect.Height <= 0 || rect.X + rect.Width > Width || rect.Y + rect.Height > Height)
            {
                throw new InvalidDataException($"{path}: {name} lies outside the screen.");
            }
        }
        if (TopBar.Y + TopBar.Height > Content.Y || Content.Y + Content.Height > BottomBar.Y)
        {
            throw new InvalidDataException($"{path}: the bars and the content area overlap.");
        }
        if (StripHeight < 1 || StripHeight > Height)
        {
            throw new InvalidDataException($"{path}: stripHeight must be 1..{Height}.");
        }
    }
}

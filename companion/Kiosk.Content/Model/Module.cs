namespace Kiosk.Content;

/// <summary>A module folder: <c>modules/&lt;audience&gt;/&lt;id&gt;/lesson.yaml</c> plus its illustrations.</summary>
public sealed class Module
{
    public required string Id { get; init; }
    public required string Audience { get; init; }

    /// <summary>Absolute path of the module folder, where illustration files live.</summary>
    public required string Directory { get; init; }

    /// <summary>Path of lesson.yaml relative to the curriculum root, as used in diagnostics.</summary>
    public required string File { get; init; }
    public required Lesson Lesson { get; init; }

    /// <summary>Prefix of every message key in this module, e.g. <c>age9to12/private-eye</c>.</summary>
    public string KeyPrefix => $"{Audience}/{Id}";
}

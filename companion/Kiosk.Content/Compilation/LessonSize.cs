namespace Kiosk.Content.Compilation;

/// <summary>
/// What one lesson adds to a bundle: its pages, text blocks, images and the glyphs it is the
/// first to use, in bytes; <see cref="Screens"/> counts lesson, question and feedback pages.
/// </summary>
public sealed record LessonSize(string ModuleId, int Bytes, int Screens);

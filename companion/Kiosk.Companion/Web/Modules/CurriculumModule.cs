namespace Kiosk.Companion.Web.Modules;

/// <summary>
/// A lesson module teachers can switch on or off. <see cref="Id"/> is the id bundles and kiosk
/// configs use ("audience.folder"); <see cref="Title"/> is lesson text and is always HTML-escaped.
/// </summary>
public sealed record CurriculumModule(string Id, string Audience, string Title, int Order);

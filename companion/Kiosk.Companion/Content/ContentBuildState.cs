namespace Kiosk.Companion.Content;

public enum ContentBuildState
{
    Running,
    Succeeded,
    Failed,
}

using Kiosk.Simulator.Hosting;

namespace Kiosk.Companion.Web.Preview;

/// <summary>One staff member's lesson preview: a virtual kiosk with one language installed, in a temporary folder.</summary>
public sealed class PreviewSession(string id, string owner, string moduleId, string language, string profile, VirtualKiosk kiosk, string folder)
{
    private long _lastUsedTicks;

    /// <summary>128 random bits: the address of the preview, never guessable from another.</summary>
    public string Id => id;

    /// <summary>The user name of who started it; nobody else may see or touch it.</summary>
    public string Owner => owner;

    public string ModuleId => moduleId;

    public string Language => language;

    public string Profile => profile;

    public VirtualKiosk Kiosk => kiosk;

    /// <summary>The kiosk's flash, deleted when the preview ends.</summary>
    public string Folder => folder;

    public DateTimeOffset LastUsed => new(Interlocked.Read(ref _lastUsedTicks), TimeSpan.Zero);

    public void Touch(DateTimeOffset now) => Interlocked.Exchange(ref _lastUsedTicks, now.UtcTicks);
}

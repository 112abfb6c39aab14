using System.Security.Cryptography;
using Kiosk.Firmware.Node;
using Kiosk.Simulator.Content;
using Kiosk.Simulator.Devices;
using Kiosk.Simulator.Hosting;
using Microsoft.Extensions.Options;

namespace Kiosk.Companion.Web.Preview;

/// <summary>
/// The running lesson previews. Each is the simulator's <see cref="VirtualKiosk"/> (the real
/// firmware core and screens) on a temporary folder, with no broker link and no usage ledger, so
/// a preview reaches no kiosk, publishes nothing and counts nothing. All previews tick on one
/// <see cref="KioskFleet"/> loop. At most <see cref="WebOptions.PreviewSessions"/> run at once
/// (starting another ends the least recently used) and an idle one ends after
/// <see cref="WebOptions.PreviewIdleMinutes"/>, so staff cannot run the server out of memory.
/// </summary>
public sealed class PreviewSessions : IDisposable
{
    private readonly PreviewContent _content;
    private readonly WebOptions _options;
    private readonly TimeProvider _clock;
    private readonly ILogger<PreviewSessions> _logger;
    private readonly KioskFleet _fleet = new(TextWriter.Null);
    private readonly Dictionary<string, PreviewSession> _sessions = new(StringComparer.Ordinal);
    private readonly ITimer _sweep;

    public PreviewSessions(PreviewContent content, IOptions<WebOptions> options, TimeProvider clock, ILogger<PreviewSessions> logger)
    {
        _content = content;
        _options = options.Value;
        _clock = clock;
        _logger = logger;
        _fleet.Start();
        _sweep = clock.CreateTimer(_ => EndIdle(), null, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1));
    }

    public int Count
    {
        get
        {
            lock (_sessions)
            {
                return _sessions.Count;
            }
        }
    }

    /// <summary>
    /// Compiles (or reuses) the bundle, boots a kiosk on it and opens the lesson on its screens.
    /// Throws <see cref="ArgumentException"/> for a language, profile or lesson the curriculum lacks.
    /// </summary>
    public async Task<PreviewSession> StartAsync(string owner, string moduleId, string language, string profile, CancellationToken cancellationToken)
    {
        var bundle = await _content.BundleAsync(language, profile, cancellationToken);
        var id = Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();
        var folder = Directory.CreateTempSubdirectory("kiosk-preview-").FullName;
        var kiosk = new VirtualKiosk(new VirtualKioskOptions
        {
            Provisioning = new KioskProvisioning
            {
                KioskId = "preview-" + id[..8],
                GroupId = "preview",
                ProgramKey = _content.PublicKey,
                ProfileId = profile,
                BoardProfileId = "preview",
                FirmwareVersion = FleetFactory.FirmwareVersion,
            },
            Folder = folder,
            Clock = SimulatedClock.RealTime(),
            CountsUsage = false,
        });
        kiosk.Start(new BundleShelf([bundle]), TextWriter.Null);
        bool opened;
        lock (kiosk.Sync)
        {
            opened = LessonOpener.Open(kiosk.Ui, language, moduleId);
        }
        if (!opened)
        {
            Directory.Delete(folder, recursive: true);
            throw new ArgumentException($"The lesson '{moduleId}' is not in the {language} bundle.");
        }
        var session = new PreviewSession(id, owner, moduleId, language, profile, kiosk, folder);
        session.Touch(_clock.GetUtcNow());
        List<PreviewSession> ended;
        lock (_sessions)
        {
            ended = [.. _sessions.Values.OrderBy(s => s.LastUsed).Take(Math.Max(0, _sessions.Count - _options.PreviewSessions + 1))];
            ended.ForEach(s => _sessions.Remove(s.Id));
            _sessions[id] = session;
        }
        _fleet.Add(kiosk, null);
        ended.ForEach(End);
        _logger.LogInformation("{Owner} previews {Module} in {Language} on {Profile}", owner, moduleId, language, profile);
        return session;
    }

    /// <summary>The owner's running preview, marked as used; null when it ended or belongs to someone else.</summary>
    public PreviewSession? Find(string id, string owner)
    {
        PreviewSession? session;
        lock (_sessions)
        {
            session = _sessions.GetValueOrDefault(id);
        }
        if (session is null || session.Owner != owner)
        {
            return null;
        }
        session.Touch(_clock.GetUtcNow());
        return session;
    }

    /// <summary>Ends every preview unused for the idle time; the timer calls it every minute.</summary>
    public void EndIdle()
    {
        var cutoff = _clock.GetUtcNow() - TimeSpan.FromMinutes(_options.PreviewIdleMinutes);
        List<PreviewSession> idle;
        lock (_sessions)
        {
            idle = [.. _sessions.Values.Where(s => s.LastUsed < cutoff)];
            idle.ForEach(s => _sessions.Remove(s.Id));
        }
        idle.ForEach(End);
    }

    public void Dispose()
    {
        _sweep.Dispose();
        _fleet.Dispose();
        lock (_sessions)
        {
            foreach (var session in _sessions.Values)
            {
                DeleteFolder(session);
            }
            _sessions.Clear();
        }
    }

    private void End(PreviewSession session)
    {
        // Once removed the kiosk is never ticked again, so nothing writes its flash while it goes.
        _fleet.Remove(session.Kiosk);
        DeleteFolder(session);
    }

    private void DeleteFolder(PreviewSession session)
    {
        try
        {
            Directory.Delete(session.Folder, recursive: true);
        }
        catch (IOException error)
        {
            _logger.LogWarning(error, "Could not delete the preview folder {Folder}", session.Folder);
        }
    }
}

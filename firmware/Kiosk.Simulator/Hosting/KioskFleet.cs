using Kiosk.Simulator.Visitors;

namespace Kiosk.Simulator.Hosting;

/// <summary>
/// The virtual kiosks of one process, ticked by one loop thread (a kiosk's main loop is
/// single-threaded too). Kiosks may join and leave while the loop runs (the companion's demo and
/// previews come and go). A kiosk that throws is counted and reported, and the others go on.
/// </summary>
public sealed class KioskFleet : IDisposable
{
    private readonly object _change = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly TextWriter _log;
    private Member[] _members = [];
    private Thread? _loop;
    private long _errors;

    public KioskFleet(TextWriter log)
    {
        _log = log;
    }

    public IReadOnlyList<VirtualKiosk> Kiosks => [.. _members.Select(m => m.Kiosk)];

    public IReadOnlyCollection<VisitorDriver> Visitors => [.. _members.Select(m => m.Visitor).OfType<VisitorDriver>()];

    public ScreenshotRecorder? Screenshots { get; set; }

    public TimeSpan TickInterval { get; set; } = TimeSpan.FromMilliseconds(20);

    /// <summary>Exceptions thrown by kiosks since start.</summary>
    public long Errors => Interlocked.Read(ref _errors);

    public void Add(VirtualKiosk kiosk, VisitorDriver? visitor)
    {
        lock (_change)
        {
            _members = [.. _members, new Member(kiosk, visitor)];
        }
    }

    /// <summary>Takes the kiosk out of the loop; it is not ticked again once this returns and the current turn ends.</summary>
    public void Remove(VirtualKiosk kiosk)
    {
        lock (_change)
        {
            _members = [.. _members.Where(m => m.Kiosk != kiosk)];
        }
    }

    public VirtualKiosk? Find(string id) => _members.FirstOrDefault(m => m.Kiosk.Id == id)?.Kiosk;

    public void Start()
    {
        _loop ??= new Thread(Run) { IsBackground = true, Name = "kiosk-loop" };
        _loop.Start();
    }

    /// <summary>One turn for every kiosk; the loop calls it, tests may too.</summary>
    public void TickAll()
    {
        foreach (var (kiosk, visitor) in _members)
        {
            try
            {
                lock (kiosk.Sync)
                {
                    kiosk.Tick();
                    visitor?.Step();
                    Screenshots?.Observe(kiosk);
                }
            }
            catch (Exception exception)
            {
                Interlocked.Increment(ref _errors);
                kiosk.LastError = exception;
                _log.WriteLine($"{kiosk.Id}: {exception}");
            }
        }
    }

    /// <summary>Stops the loop and closes the kiosks' broker links.</summary>
    public void Dispose()
    {
        _stop.Cancel();
        _loop?.Join(TimeSpan.FromSeconds(5));
        foreach (var member in _members)
        {
            if (member.Kiosk.Link is IAsyncDisposable link)
            {
                link.DisposeAsync().AsTask().GetAwaiter().GetResult();
            }
        }
    }

    private void Run()
    {
        while (!_stop.IsCancellationRequested)
        {
            TickAll();
            _stop.Token.WaitHandle.WaitOne(TickInterval);
        }
    }

    private sealed record Member(VirtualKiosk Kiosk, VisitorDriver? Visitor);
}

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

    /// <summary>Takes the kiosk out of the loop; once this returns it is not ticked again, so its folder may go.</summary>
    public void Remove(VirtualKiosk kiosk)
    {
        Member[] leaving;
        lock (_change)
        {
            leaving = [.. _members.Where(m => m.Kiosk == kiosk)];
            _members = [.. _members.Where(m => m.Kiosk != kiosk)];
        }
        // The loop may hold an older list: under the kiosk's lock, after any turn in progress, it sees the mark.
        lock (kiosk.Sync)
        {
            foreach (var member in leaving)
            {
                member.Removed = true;
            }
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
        foreach (var member in _members)
        {
            var kiosk = member.Kiosk;
            try
            {
                lock (kiosk.Sync)
                {
                    if (member.Removed)
                    {
                        continue;
                    }
                    kiosk.Tick();
                    member.Visitor?.Step();
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

    private sealed class Member(VirtualKiosk kiosk, VisitorDriver? visitor)
    {
        public VirtualKiosk Kiosk => kiosk;

        public VisitorDriver? Visitor => visitor;

        /// <summary>Set under the kiosk's lock by <see cref="Remove"/>.</summary>
        public bool Removed { get; set; }
    }
}

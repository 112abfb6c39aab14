using Kiosk.Simulator.Visitors;

namespace Kiosk.Simulator.Hosting;

/// <summary>
/// The virtual kiosks of one simulator process, ticked by one loop thread (a kiosk's main loop
/// is single-threaded too). A kiosk that throws is counted and reported, and the others go on.
/// </summary>
public sealed class KioskFleet : IDisposable
{
    private readonly List<VirtualKiosk> _kiosks = [];
    private readonly Dictionary<string, VisitorDriver> _visitors = [];
    private readonly CancellationTokenSource _stop = new();
    private readonly TextWriter _log;
    private Thread? _loop;
    private long _errors;

    public KioskFleet(TextWriter log)
    {
        _log = log;
    }

    public IReadOnlyList<VirtualKiosk> Kiosks => _kiosks;

    public IReadOnlyCollection<VisitorDriver> Visitors => _visitors.Values;

    public ScreenshotRecorder? Screenshots { get; set; }

    public TimeSpan TickInterval { get; set; } = TimeSpan.FromMilliseconds(20);

    /// <summary>Exceptions thrown by kiosks since start.</summary>
    public long Errors => Interlocked.Read(ref _errors);

    public void Add(VirtualKiosk kiosk, VisitorDriver? visitor)
    {
        _kiosks.Add(kiosk);
        if (visitor != null)
        {
            _visitors[kiosk.Id] = visitor;
        }
    }

    public VirtualKiosk? Find(string id) => _kiosks.FirstOrDefault(k => k.Id == id);

    public void Start()
    {
        _loop ??= new Thread(Run) { IsBackground = true, Name = "kiosk-loop" };
        _loop.Start();
    }

    /// <summary>One turn for every kiosk; the loop calls it, tests may too.</summary>
    public void TickAll()
    {
        foreach (var kiosk in _kiosks)
        {
            try
            {
                lock (kiosk.Sync)
                {
                    kiosk.Tick();
                    if (_visitors.TryGetValue(kiosk.Id, out var visitor))
                    {
                        visitor.Step();
                    }
                    Screenshots?.Observe(kiosk);
                }
            }
            catch (Exception exception)
            {
                Interlocked.Increment(ref _errors);
                _log.WriteLine($"{kiosk.Id}: {exception}");
            }
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        _loop?.Join(TimeSpan.FromSeconds(5));
    }

    private void Run()
    {
        while (!_stop.IsCancellationRequested)
        {
            TickAll();
            _stop.Token.WaitHandle.WaitOne(TickInterval);
        }
    }
}

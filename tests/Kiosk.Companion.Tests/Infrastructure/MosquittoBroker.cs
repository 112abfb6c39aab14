using System.Diagnostics;
using System.Net.Sockets;

namespace Kiosk.Companion.Tests.Infrastructure;

/// <summary>
/// A real Mosquitto (Debian package) as a child process on a free loopback port, with a password
/// file made by mosquitto_passwd and an ACL file that mirrors docs/protocol.md: kiosks touch only
/// their own topics (patterns on %u) and their group's catalog; the companion may use kiosk/v1/#.
/// Adding a kiosk rewrites both files and makes Mosquitto reload them (SIGHUP).
/// </summary>
public sealed class MosquittoBroker : IAsyncDisposable
{
    public const string ServiceUser = "companion";

    private const int SignalHangUp = 1;

    private readonly string _folder = Directory.CreateTempSubdirectory("kiosk-mosquitto-").FullName;
    private readonly Dictionary<string, string> _kioskGroups = [];
    private Process? _process;

    private MosquittoBroker(string servicePassword)
    {
        ServicePassword = servicePassword;
        Port = FreePort.Next();
    }

    public int Port { get; }

    public string ServicePassword { get; }

    public static async Task<MosquittoBroker> StartAsync()
    {
        var broker = new MosquittoBroker(Guid.NewGuid().ToString("N"));
        await broker.RunPasswdAsync("-c", "-b", broker.PasswordFile, ServiceUser, broker.ServicePassword);
        broker.WriteAcl();
        File.WriteAllText(Path.Combine(broker._folder, "mosquitto.conf"), $"""
            listener {broker.Port} 127.0.0.1
            allow_anonymous false
            password_file {broker.PasswordFile}
            acl_file {broker.AclFile}
            persistence false
            max_queued_messages 100000
            log_dest none
            user root
            """.Replace("            ", "", StringComparison.Ordinal));
        broker._process = Process.Start(new ProcessStartInfo("/usr/sbin/mosquitto", ["-c", Path.Combine(broker._folder, "mosquitto.conf")])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        }) ?? throw new InvalidOperationException("Could not start mosquitto.");
        await broker.WaitUntilListeningAsync();
        return broker;
    }

    private string PasswordFile => Path.Combine(_folder, "passwd");

    private string AclFile => Path.Combine(_folder, "acl");

    public async Task AddKioskAsync(string kioskId, string password, string groupId)
    {
        _kioskGroups[kioskId] = groupId;
        await RunPasswdAsync("-b", PasswordFile, kioskId, password);
        WriteAcl();
        // Mosquitto re-reads password and ACL files on SIGHUP.
        if (Kill(_process!.Id, SignalHangUp) != 0)
        {
            throw new InvalidOperationException("Could not signal mosquitto to reload.");
        }
        await Task.Delay(300);
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }
        _process?.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int processId, int signal);

    private void WriteAcl()
    {
        var lines = new List<string>
        {
            "pattern write kiosk/v1/%u/status",
            "pattern write kiosk/v1/%u/report",
            "pattern write kiosk/v1/%u/chunk-request",
            "pattern read kiosk/v1/%u/ack",
            "pattern read kiosk/v1/%u/config",
            "pattern read kiosk/v1/%u/chunk-response",
            "",
            $"user {ServiceUser}",
            "topic readwrite kiosk/v1/#",
        };
        foreach (var (kiosk, group) in _kioskGroups)
        {
            lines.Add("");
            lines.Add($"user {kiosk}");
            lines.Add($"topic read kiosk/v1/group/{group}/catalog");
        }
        File.WriteAllLines(AclFile, lines);
    }

    private async Task RunPasswdAsync(params string[] arguments)
    {
        using var process = Process.Start(new ProcessStartInfo("/usr/bin/mosquitto_passwd", arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException("mosquitto_passwd failed: " + await process.StandardError.ReadToEndAsync());
        }
    }

    private async Task WaitUntilListeningAsync()
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (_process!.HasExited)
            {
                throw new InvalidOperationException("mosquitto exited: " + await _process.StandardError.ReadToEndAsync());
            }
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync("127.0.0.1", Port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(50);
            }
        }
        throw new TimeoutException("mosquitto did not start listening.");
    }
}

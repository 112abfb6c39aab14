using System.Diagnostics;
using System.Net.Sockets;

namespace Kiosk.Companion.Tests.Infrastructure;

/// <summary>
/// A real Mosquitto (Debian package) as a child process on a free loopback port, set up the way
/// docs/companion.md tells an operator to: the dynamic security plugin with an admin user, and a
/// "companion" service user whose role may use kiosk/v1/#, made with mosquitto_ctrl. Kiosk
/// accounts are then created by the companion itself (Mqtt:KioskAccounts=MosquittoDynamicSecurity).
/// </summary>
public sealed class MosquittoBroker : IAsyncDisposable
{
    public const string ServiceUser = "companion";
    public const string AdminUser = "broker-admin";

    private readonly string _folder = Directory.CreateTempSubdirectory("kiosk-mosquitto-").FullName;
    private Process? _process;

    private MosquittoBroker()
    {
        Port = FreePort.Next();
    }

    public int Port { get; }

    public string ServicePassword { get; } = Guid.NewGuid().ToString("N");

    public string AdminPassword { get; } = Guid.NewGuid().ToString("N");

    public static async Task<MosquittoBroker> StartAsync()
    {
        var broker = new MosquittoBroker();
        var security = Path.Combine(broker._folder, "dynamic-security.json");
        await RunAsync("/usr/bin/mosquitto_ctrl", "dynsec", "init", security, AdminUser, broker.AdminPassword);
        File.WriteAllText(Path.Combine(broker._folder, "mosquitto.conf"), $"""
            listener {broker.Port} 127.0.0.1
            allow_anonymous false
            plugin /usr/lib/x86_64-linux-gnu/mosquitto_dynamic_security.so
            plugin_opt_config_file {security}
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
        await broker.ControlAsync("createRole", "companion");
        await broker.ControlAsync("addRoleACL", "companion", "publishClientSend", "kiosk/v1/#", "allow");
        await broker.ControlAsync("addRoleACL", "companion", "subscribePattern", "kiosk/v1/#", "allow");
        await broker.ControlAsync("addRoleACL", "companion", "subscribePattern", "$share/+/kiosk/v1/#", "allow");
        await broker.ControlAsync("createClient", ServiceUser, "-p", broker.ServicePassword);
        await broker.ControlAsync("addClientRole", ServiceUser, "companion");
        return broker;
    }

    /// <summary>The companion settings that let it create and remove kiosk accounts on this broker.</summary>
    public IReadOnlyDictionary<string, string> AccountSettings() => new Dictionary<string, string>
    {
        ["Mqtt:KioskAccounts"] = "MosquittoDynamicSecurity",
        ["Mqtt:AccountsUserName"] = AdminUser,
        ["Mqtt:AccountsPassword"] = AdminPassword,
    };

    /// <summary>One mosquitto_ctrl dynsec command as the admin, as an operator types it.</summary>
    public Task ControlAsync(params string[] command) =>
        RunAsync("/usr/bin/mosquitto_ctrl", ["-h", "127.0.0.1", "-p", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-u", AdminUser, "-P", AdminPassword, "dynsec", .. command]);

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

    private static async Task RunAsync(string program, params string[] arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(program, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        // mosquitto_ctrl exits 0 even when the broker refused the command; it prints "<command>: Error: ...".
        if (process.ExitCode != 0 || (await output + await error).Contains(": Error:", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"{Path.GetFileName(program)} {string.Join(' ', arguments.Where(a => !a.StartsWith('-')).Take(3))} failed: {await error}{await output}");
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

using System.Net;
using System.Net.Sockets;

namespace Kiosk.Companion.Tests.Infrastructure;

/// <summary>
/// A loopback TCP port nobody listens on right now, picked below Linux's ephemeral range
/// (32768+): a port the OS hands out for port 0 can be taken by any outgoing connection (such as
/// a test kiosk's) before the broker binds it, or again across a companion restart.
/// </summary>
public static class FreePort
{
    private const int First = 20000;
    private const int Last = 32000;

    public static int Next()
    {
        for (var attempt = 0; attempt < 1000; attempt++)
        {
            var port = Random.Shared.Next(First, Last);
            try
            {
                using var listener = new TcpListener(IPAddress.Loopback, port);
                listener.Start();
                return port;
            }
            catch (SocketException)
            {
                // Taken; try another.
            }
        }
        throw new InvalidOperationException("No free loopback port found.");
    }
}

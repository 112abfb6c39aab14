using Kiosk.Firmware.Platform;
using Kiosk.Firmware.Storage;
using Kiosk.Protocol;
using Kiosk.Protocol.Cbor;
using Kiosk.Protocol.Messages;

namespace Kiosk.Firmware.Node;

/// <summary>
/// The kiosk's boot count and connection epoch, kept on flash so both only ever grow. Every
/// connection gets a new epoch before it opens: the adapter asks <see cref="BeginConnection"/>
/// for the Last Will (Offline with that epoch, in the text form every MQTT client can carry) and the core then publishes Online with the same
/// epoch, so a late will from an older connection can never hide a newer Online.
/// </summary>
public sealed class KioskPresence
{
    private readonly DurableRecord _record;
    private readonly object _sync = new object();
    private bool _willIssued;

    public KioskPresence(IFileSystem fileSystem)
    {
        _record = new DurableRecord(fileSystem, "node/presence");
    }

    public uint BootCount { get; private set; }

    public ulong ConnectionEpoch { get; private set; }

    /// <summary>Counts this boot; call once at start-up.</summary>
    public void Boot()
    {
        byte[] body = _record.Read();
        if (body != null)
        {
            try
            {
                var reader = new CborReader(body);
                reader.ReadArrayHeader();
                BootCount = (uint)reader.ReadUnsigned();
                ConnectionEpoch = reader.ReadUnsigned();
            }
            catch (ProtocolDecodeException)
            {
                BootCount = 0;
                ConnectionEpoch = 0;
            }
        }

        BootCount++;
        Save();
    }

    /// <summary>
    /// Raises the epoch for the connection about to open and returns its Last Will. Called by
    /// the MQTT adapter (possibly on its own thread) before every connect.
    /// </summary>
    public byte[] BeginConnection()
    {
        lock (_sync)
        {
            ConnectionEpoch++;
            Save();
            _willIssued = true;
            return OfflineWillCodec.Encode(BootCount, ConnectionEpoch);
        }
    }

    /// <summary>
    /// The epoch to announce Online with on a connection that just opened; raises it here when
    /// the adapter did not ask for a will first.
    /// </summary>
    public ulong EpochForOnline()
    {
        lock (_sync)
        {
            if (!_willIssued)
            {
                BeginConnection();
            }

            _willIssued = false;
            return ConnectionEpoch;
        }
    }

    private void Save()
    {
        var writer = new CborWriter(24);
        writer.WriteArrayHeader(2);
        writer.WriteUnsigned(BootCount);
        writer.WriteUnsigned(ConnectionEpoch);
        _record.Write(writer.ToArray());
    }
}

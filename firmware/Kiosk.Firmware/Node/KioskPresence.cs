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
/// <remarks>
/// A kiosk in a poor Wi-Fi spot may try to connect every few seconds for days, and a flash
/// write per attempt would wear the flash for nothing. So flash holds a ceiling, not the epoch:
/// every epoch handed out this boot is at most the saved ceiling, and the next boot starts
/// above it. The ceiling is raised by <see cref="EpochsPerWrite"/> at a time, so attempts cost
/// one write per that many; a will that reached the broker from an attempt the kiosk thought
/// failed still carries an epoch below everything the kiosk announces later.
/// </remarks>
public sealed class KioskPresence
{
    /// <summary>Epochs reserved by one flash write.</summary>
    public const uint EpochsPerWrite = 64;

    private readonly DurableRecord _record;
    private readonly object _sync = new object();
    private ulong _ceiling;
    private bool _willIssued;

    public KioskPresence(IFileSystem fileSystem)
    {
        _record = new DurableRecord(fileSystem, "node/presence");
    }

    public uint BootCount { get; private set; }

    /// <summary>The epoch of the newest connection; after boot, the saved ceiling (above every earlier epoch).</summary>
    public ulong ConnectionEpoch { get; private set; }

    /// <summary>Counts this boot and reserves the first epochs of it in the same write; call once at start-up.</summary>
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
                _ceiling = reader.ReadUnsigned();
            }
            catch (ProtocolDecodeException)
            {
                BootCount = 0;
                _ceiling = 0;
            }
        }

        BootCount++;
        ConnectionEpoch = _ceiling;
        _ceiling += EpochsPerWrite;
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
            if (ConnectionEpoch > _ceiling)
            {
                _ceiling = ConnectionEpoch + EpochsPerWrite - 1;
                Save();
            }

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
        writer.WriteUnsigned(_ceiling);
        _record.Write(writer.ToArray());
    }
}

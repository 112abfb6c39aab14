using Kiosk.Firmware.Platform;
using Kiosk.Firmware.Storage;
using Kiosk.Protocol;
using Kiosk.Protocol.Cose;

namespace Kiosk.Firmware.Sync;

/// <summary>
/// A COSE-signed document the kiosk follows (its config, its group's catalog), kept on flash
/// exactly as signed so it is verified again at every boot rather than trusted from storage.
/// </summary>
public sealed class SignedDocument
{
    private readonly DurableRecord _record;
    private readonly byte[] _programKey;

    public SignedDocument(IFileSystem fileSystem, string path, byte[] programKey)
    {
        _record = new DurableRecord(fileSystem, path);
        _programKey = programKey;
    }

    /// <summary>The verified payload of the stored document, or null when there is none or it fails.</summary>
    public byte[] LoadPayload()
    {
        byte[] signed = _record.Read();
        return signed == null ? null : Open(signed);
    }

    /// <summary>The payload if the signature is the program key's, else null.</summary>
    public byte[] Open(byte[] signed)
    {
        try
        {
            return CoseSign1Verifier.VerifiedPayload(signed, 0, signed.Length, _programKey);
        }
        catch (ProtocolDecodeException)
        {
            return null;
        }
    }

    public void Save(byte[] signed)
    {
        _record.Write(signed);
    }
}

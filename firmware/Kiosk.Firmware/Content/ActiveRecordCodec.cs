using Kiosk.Protocol.Cbor;

namespace Kiosk.Firmware.Content;

/// <summary>
/// The body of the store's active record: a CBOR array with one [language, slot, bundle id,
/// version] entry per language. It names slots only; what they hold is re-checked at boot.
/// </summary>
public static class ActiveRecordCodec
{
    public static byte[] Encode(ActiveBundle[] bundles)
    {
        var writer = new CborWriter(16 + (bundles.Length * 48));
        writer.WriteArrayHeader(bundles.Length);
        for (int i = 0; i < bundles.Length; i++)
        {
            writer.WriteArrayHeader(4);
            writer.WriteText(bundles[i].Language);
            writer.WriteUnsigned((ulong)bundles[i].Slot);
            writer.WriteText(bundles[i].BundleId);
            writer.WriteUnsigned(bundles[i].Version);
        }

        return writer.ToArray();
    }

    public static ActiveBundle[] Decode(byte[] body)
    {
        var reader = new CborReader(body);
        var bundles = new ActiveBundle[reader.ReadArrayHeader()];
        for (int i = 0; i < bundles.Length; i++)
        {
            reader.ReadArrayHeader();
            var bundle = new ActiveBundle();
            bundle.Language = reader.ReadText();
            bundle.Slot = reader.ReadUnsigned() == 0 ? 0 : 1;
            bundle.BundleId = reader.ReadText();
            bundle.Version = (uint)reader.ReadUnsigned();
            bundles[i] = bundle;
        }

        reader.ExpectEnd();
        return bundles;
    }
}

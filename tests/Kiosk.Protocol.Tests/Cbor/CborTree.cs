using System.Formats.Cbor;
using SfcReader = System.Formats.Cbor.CborReader;
using SfcWriter = System.Formats.Cbor.CborWriter;

namespace Kiosk.Protocol.Tests.Cbor;

/// <summary>
/// A random CBOR document kept as a tree, so the same value can be written and read by our codec
/// and by System.Formats.Cbor and the results compared.
/// </summary>
internal abstract record CborTree
{
    public static CborTree Random(Random random, int depth)
    {
        int pick = random.Next(depth > 0 ? 9 : 6);
        switch (pick)
        {
            case 0:
                return new UnsignedNode(RandomUnsigned(random));
            case 1:
                return new IntegerNode(RandomSigned(random));
            case 2:
                return new BytesNode(RandomBytes(random));
            case 3:
                return new TextNode(RandomText(random));
            case 4:
                return new BoolNode(random.Next(2) == 0);
            case 5:
                return new NullNode();
            case 6:
                return new TagNode((ulong)random.Next(100, 70000), Random(random, depth - 1));
            case 7:
                {
                    var items = new CborTree[random.Next(0, 30)];
                    for (int i = 0; i < items.Length; i++)
                    {
                        items[i] = Random(random, depth - 1);
                    }

                    return new ArrayNode(items);
                }

            default:
                {
                    // Ascending small unsigned keys: deterministic order, as our codecs write them.
                    int count = random.Next(0, 12);
                    var keys = new ulong[count];
                    var values = new CborTree[count];
                    ulong key = (ulong)random.Next(0, 3);
                    for (int i = 0; i < count; i++)
                    {
                        keys[i] = key;
                        key += (ulong)random.Next(1, 40);
                        values[i] = Random(random, depth - 1);
                    }

                    return new MapNode(keys, values);
                }
        }
    }

    public static ulong RandomUnsigned(Random random)
    {
        ulong[] edges = [0, 23, 24, 255, 256, 65535, 65536, uint.MaxValue, (ulong)uint.MaxValue + 1, ulong.MaxValue];
        return random.Next(3) == 0
            ? edges[random.Next(edges.Length)]
            : (ulong)random.NextInt64() >> random.Next(0, 63);
    }

    public static long RandomSigned(Random random)
    {
        long[] edges = [-1, -24, -25, -256, -257, -65536, -65537, int.MinValue, (long)int.MinValue - 1, long.MinValue, long.MaxValue];
        return random.Next(3) == 0
            ? edges[random.Next(edges.Length)]
            : -(random.NextInt64() >> random.Next(0, 63)) - 1;
    }

    public static byte[] RandomBytes(Random random)
    {
        int[] lengths = [0, 1, 23, 24, 255, 256, 300];
        var bytes = new byte[random.Next(2) == 0 ? lengths[random.Next(lengths.Length)] : random.Next(0, 40)];
        random.NextBytes(bytes);
        return bytes;
    }

    public static string RandomText(Random random)
    {
        string[] samples = ["", "a", "kiosk-01", "héllo", "नमस्ते", "สวัสดี", "ជំរាបសួរ", "مرحبا", "😀 ok", new string('x', 24), new string('é', 130)];
        return samples[random.Next(samples.Length)];
    }

    public abstract void WriteTo(Kiosk.Protocol.Cbor.CborWriter writer);

    public abstract void WriteTo(SfcWriter writer);

    public abstract void AssertRead(Kiosk.Protocol.Cbor.CborReader reader);

    public abstract void AssertRead(SfcReader reader);
}

internal sealed record UnsignedNode(ulong Value) : CborTree
{
    public override void WriteTo(Kiosk.Protocol.Cbor.CborWriter writer) => writer.WriteUnsigned(Value);

    public override void WriteTo(SfcWriter writer) => writer.WriteUInt64(Value);

    public override void AssertRead(Kiosk.Protocol.Cbor.CborReader reader) => Assert.Equal(Value, reader.ReadUnsigned());

    public override void AssertRead(SfcReader reader) => Assert.Equal(Value, reader.ReadUInt64());
}

internal sealed record IntegerNode(long Value) : CborTree
{
    public override void WriteTo(Kiosk.Protocol.Cbor.CborWriter writer) => writer.WriteInt64(Value);

    public override void WriteTo(SfcWriter writer) => writer.WriteInt64(Value);

    public override void AssertRead(Kiosk.Protocol.Cbor.CborReader reader) => Assert.Equal(Value, reader.ReadInt64());

    public override void AssertRead(SfcReader reader) => Assert.Equal(Value, reader.ReadInt64());
}

internal sealed record BytesNode(byte[] Value) : CborTree
{
    public override void WriteTo(Kiosk.Protocol.Cbor.CborWriter writer) => writer.WriteBytes(Value);

    public override void WriteTo(SfcWriter writer) => writer.WriteByteString(Value);

    public override void AssertRead(Kiosk.Protocol.Cbor.CborReader reader) => Assert.Equal(Value, reader.ReadBytes());

    public override void AssertRead(SfcReader reader) => Assert.Equal(Value, reader.ReadByteString());
}

internal sealed record TextNode(string Value) : CborTree
{
    public override void WriteTo(Kiosk.Protocol.Cbor.CborWriter writer) => writer.WriteText(Value);

    public override void WriteTo(SfcWriter writer) => writer.WriteTextString(Value);

    public override void AssertRead(Kiosk.Protocol.Cbor.CborReader reader) => Assert.Equal(Value, reader.ReadText());

    public override void AssertRead(SfcReader reader) => Assert.Equal(Value, reader.ReadTextString());
}

internal sealed record BoolNode(bool Value) : CborTree
{
    public override void WriteTo(Kiosk.Protocol.Cbor.CborWriter writer) => writer.WriteBool(Value);

    public override void WriteTo(SfcWriter writer) => writer.WriteBoolean(Value);

    public override void AssertRead(Kiosk.Protocol.Cbor.CborReader reader) => Assert.Equal(Value, reader.ReadBool());

    public override void AssertRead(SfcReader reader) => Assert.Equal(Value, reader.ReadBoolean());
}

internal sealed record NullNode : CborTree
{
    public override void WriteTo(Kiosk.Protocol.Cbor.CborWriter writer) => writer.WriteNull();

    public override void WriteTo(SfcWriter writer) => writer.WriteNull();

    public override void AssertRead(Kiosk.Protocol.Cbor.CborReader reader) => Assert.True(reader.TryReadNull());

    public override void AssertRead(SfcReader reader) => reader.ReadNull();
}

internal sealed record TagNode(ulong Tag, CborTree Content) : CborTree
{
    public override void WriteTo(Kiosk.Protocol.Cbor.CborWriter writer)
    {
        writer.WriteTag(Tag);
        Content.WriteTo(writer);
    }

    public override void WriteTo(SfcWriter writer)
    {
        writer.WriteTag((CborTag)Tag);
        Content.WriteTo(writer);
    }

    public override void AssertRead(Kiosk.Protocol.Cbor.CborReader reader)
    {
        Assert.Equal(Tag, reader.ReadTag());
        Content.AssertRead(reader);
    }

    public override void AssertRead(SfcReader reader)
    {
        Assert.Equal(Tag, (ulong)reader.ReadTag());
        Content.AssertRead(reader);
    }
}

internal sealed record ArrayNode(CborTree[] Items) : CborTree
{
    public override void WriteTo(Kiosk.Protocol.Cbor.CborWriter writer)
    {
        writer.WriteArrayHeader(Items.Length);
        foreach (var item in Items)
        {
            item.WriteTo(writer);
        }
    }

    public override void WriteTo(SfcWriter writer)
    {
        writer.WriteStartArray(Items.Length);
        foreach (var item in Items)
        {
            item.WriteTo(writer);
        }

        writer.WriteEndArray();
    }

    public override void AssertRead(Kiosk.Protocol.Cbor.CborReader reader)
    {
        Assert.Equal(Items.Length, reader.ReadArrayHeader());
        foreach (var item in Items)
        {
            item.AssertRead(reader);
        }
    }

    public override void AssertRead(SfcReader reader)
    {
        Assert.Equal(Items.Length, reader.ReadStartArray());
        foreach (var item in Items)
        {
            item.AssertRead(reader);
        }

        reader.ReadEndArray();
    }
}

internal sealed record MapNode(ulong[] Keys, CborTree[] Values) : CborTree
{
    public override void WriteTo(Kiosk.Protocol.Cbor.CborWriter writer)
    {
        writer.WriteMapHeader(Keys.Length);
        for (int i = 0; i < Keys.Length; i++)
        {
            writer.WriteUnsigned(Keys[i]);
            Values[i].WriteTo(writer);
        }
    }

    public override void WriteTo(SfcWriter writer)
    {
        writer.WriteStartMap(Keys.Length);
        for (int i = 0; i < Keys.Length; i++)
        {
            writer.WriteUInt64(Keys[i]);
            Values[i].WriteTo(writer);
        }

        writer.WriteEndMap();
    }

    public override void AssertRead(Kiosk.Protocol.Cbor.CborReader reader)
    {
        Assert.Equal(Keys.Length, reader.ReadMapHeader());
        for (int i = 0; i < Keys.Length; i++)
        {
            Assert.Equal(Keys[i], reader.ReadUnsigned());
            Values[i].AssertRead(reader);
        }
    }

    public override void AssertRead(SfcReader reader)
    {
        Assert.Equal(Keys.Length, reader.ReadStartMap());
        for (int i = 0; i < Keys.Length; i++)
        {
            Assert.Equal(Keys[i], reader.ReadUInt64());
            Values[i].AssertRead(reader);
        }

        reader.ReadEndMap();
    }
}

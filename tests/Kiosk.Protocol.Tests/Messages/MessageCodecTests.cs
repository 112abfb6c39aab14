using System.Collections;
using System.Formats.Cbor;
using System.Reflection;
using Kiosk.Protocol.Messages;

namespace Kiosk.Protocol.Tests.Messages;

public class MessageCodecTests
{
    [Theory]
    [MemberData(nameof(MessageCodecCase.Names), MemberType = typeof(MessageCodecCase))]
    public void SamplesRoundTripEveryField(string name)
    {
        var codec = MessageCodecCase.Get(name);
        foreach (object sample in codec.Samples)
        {
            byte[] encoded = codec.Encode(sample);
            object decoded = codec.Decode(encoded, 0, encoded.Length);

            Assert.Equal(MessageCodecCase.Describe(sample), MessageCodecCase.Describe(decoded));
        }

        AssertEveryPropertySet(codec.Samples);
    }

    [Theory]
    [MemberData(nameof(MessageCodecCase.Names), MemberType = typeof(MessageCodecCase))]
    public void RandomMessagesRoundTripAndAreCanonicalCbor(string name)
    {
        var codec = MessageCodecCase.Get(name);
        var random = new Random(name.Length);
        for (int i = 0; i < 300; i++)
        {
            object message = codec.Random(random);
            byte[] encoded = codec.Encode(message);

            // Padding on both sides proves the decoder reads only its slice.
            byte[] padded = [0xFF, .. encoded, 0xFF];
            object decoded = codec.Decode(padded, 1, encoded.Length);

            Assert.Equal(MessageCodecCase.Describe(message), MessageCodecCase.Describe(decoded));
            var independent = new CborReader(encoded, CborConformanceMode.Canonical);
            independent.SkipValue();
            Assert.Equal(0, independent.BytesRemaining);
        }
    }

    [Theory]
    [MemberData(nameof(MessageCodecCase.Names), MemberType = typeof(MessageCodecCase))]
    public void UnknownKeysAreSkippedAtEveryLevel(string name)
    {
        var codec = MessageCodecCase.Get(name);
        foreach (object sample in codec.Samples)
        {
            byte[] extended = CborMapEditor.AddUnknownKeysEverywhere(codec.Encode(sample));

            object decoded = codec.Decode(extended, 0, extended.Length);

            Assert.Equal(MessageCodecCase.Describe(sample), MessageCodecCase.Describe(decoded));
        }
    }

    [Theory]
    [MemberData(nameof(MessageCodecCase.Names), MemberType = typeof(MessageCodecCase))]
    public void OtherSchemaVersionsAreUnsupported(string name)
    {
        var codec = MessageCodecCase.Get(name);
        foreach (ulong version in new ulong[] { 0, 2, 1000, ulong.MaxValue })
        {
            var map = CborMapEditor.ReadTopLevel(codec.Encode(codec.Samples[0]));
            map[0] = CborMapEditor.Encode(w => w.WriteUInt64(version));

            AssertDecodeError(codec, CborMapEditor.WriteTopLevel(map), DecodeError.UnsupportedVersion);
        }
    }

    [Theory]
    [MemberData(nameof(MessageCodecCase.Names), MemberType = typeof(MessageCodecCase))]
    public void MissingVersionOrRequiredKeysAreMissingFields(string name)
    {
        var codec = MessageCodecCase.Get(name);
        byte[] encoded = codec.Encode(codec.Samples[0]);
        var keys = CborMapEditor.ReadTopLevel(encoded).Keys.ToArray();
        foreach (ulong key in keys)
        {
            var map = CborMapEditor.ReadTopLevel(encoded);
            map.Remove(key);
            byte[] reduced = CborMapEditor.WriteTopLevel(map);

            if (key == 0 || codec.RequiredKeys.Contains((uint)key))
            {
                AssertDecodeError(codec, reduced, DecodeError.MissingField);
            }
            else
            {
                codec.Decode(reduced, 0, reduced.Length);
            }
        }

        Assert.All(codec.RequiredKeys, k => Assert.Contains((ulong)k, keys));
    }

    [Theory]
    [MemberData(nameof(MessageCodecCase.Names), MemberType = typeof(MessageCodecCase))]
    public void WrongValueTypesAreUnexpectedTypes(string name)
    {
        var codec = MessageCodecCase.Get(name);
        byte[] encoded = codec.Encode(codec.Samples[0]);
        foreach (ulong key in CborMapEditor.ReadTopLevel(encoded).Keys)
        {
            var map = CborMapEditor.ReadTopLevel(encoded);
            map[key] = CborMapEditor.Encode(w => w.WriteBoolean(true));

            AssertDecodeError(codec, CborMapEditor.WriteTopLevel(map), DecodeError.UnexpectedType);
        }
    }

    [Theory]
    [MemberData(nameof(MessageCodecCase.Names), MemberType = typeof(MessageCodecCase))]
    public void NonMapsUnorderedAndDuplicateKeysAreRefused(string name)
    {
        var codec = MessageCodecCase.Get(name);
        AssertDecodeError(codec, CborMapEditor.Encode(w => { w.WriteStartArray(0); w.WriteEndArray(); }), DecodeError.UnexpectedType);
        AssertDecodeError(codec, CborMapEditor.Encode(w => { w.WriteStartMap(0); w.WriteEndMap(); }), DecodeError.MissingField);

        byte[] encoded = codec.Encode(codec.Samples[0]);
        var pairs = CborMapEditor.ReadTopLevel(encoded).ToArray();
        byte[] swapped = CborMapEditor.Encode(w =>
        {
            w.WriteStartMap(pairs.Length);
            foreach (int i in new[] { 0, 2, 1 }.Concat(Enumerable.Range(3, pairs.Length - 3)))
            {
                w.WriteUInt64(pairs[i].Key);
                w.WriteEncodedValue(pairs[i].Value);
            }

            w.WriteEndMap();
        });
        AssertDecodeError(codec, swapped, DecodeError.Malformed);

        byte[] duplicated = CborMapEditor.Encode(w =>
        {
            w.WriteStartMap(pairs.Length + 1);
            foreach (int i in new[] { 0, 1, 1 }.Concat(Enumerable.Range(2, pairs.Length - 2)))
            {
                w.WriteUInt64(pairs[i].Key);
                w.WriteEncodedValue(pairs[i].Value);
            }

            w.WriteEndMap();
        });
        AssertDecodeError(codec, duplicated, DecodeError.Malformed);
    }

    [Theory]
    [MemberData(nameof(MessageCodecCase.Names), MemberType = typeof(MessageCodecCase))]
    public void OversizedInputIsTooLarge(string name)
    {
        var codec = MessageCodecCase.Get(name);
        byte[] encoded = codec.Encode(codec.Samples[0]);
        byte[] padding = CborMapEditor.Encode(w => w.WriteByteString(new byte[70_000]));
        var map = CborMapEditor.ReadTopLevel(encoded);
        map[30] = padding;

        AssertDecodeError(codec, CborMapEditor.WriteTopLevel(map), DecodeError.TooLarge);
    }

    internal static void AssertDecodeError(MessageCodecCase codec, byte[] data, DecodeError expected)
    {
        var error = Assert.Throws<ProtocolDecodeException>(() => codec.Decode(data, 0, data.Length));
        Assert.Equal(expected, error.Error);
    }

    /// <summary>Every property of every message and record type is non-default in at least one sample.</summary>
    private static void AssertEveryPropertySet(IEnumerable<object> samples)
    {
        var setProperties = new HashSet<PropertyInfo>();
        var allProperties = new HashSet<PropertyInfo>();
        foreach (object sample in samples)
        {
            Visit(sample, setProperties, allProperties);
        }

        Assert.Empty(allProperties.Except(setProperties).Select(p => p.DeclaringType!.Name + "." + p.Name));
    }

    private static void Visit(object value, HashSet<PropertyInfo> set, HashSet<PropertyInfo> all)
    {
        foreach (PropertyInfo property in value.GetType().GetProperties())
        {
            all.Add(property);
            object? content = property.GetValue(value);
            if (content is null || content.Equals(DefaultOf(property.PropertyType)))
            {
                continue;
            }

            set.Add(property);
            if (content is IEnumerable items and not string and not byte[])
            {
                foreach (object item in items)
                {
                    if (item.GetType().Namespace == typeof(KioskStatus).Namespace)
                    {
                        Visit(item, set, all);
                    }
                }
            }
            else if (property.PropertyType.Namespace == typeof(KioskStatus).Namespace && property.PropertyType.IsClass)
            {
                Visit(content, set, all);
            }
        }
    }

    private static object? DefaultOf(Type type) => type.IsValueType ? Activator.CreateInstance(type) : null;
}

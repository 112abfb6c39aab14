using Kiosk.Content.Packaging;
using Kiosk.Protocol.Content;
using SkiaSharp;

namespace Kiosk.Pages.Tests;

/// <summary>Illustrations: run-length round trips, palettes and the curriculum's art.</summary>
public sealed class ImageTests
{
    public static TheoryData<int, int, int> Shapes() => new()
    {
        { 1, 1, 1 },
        { 3, 5, 2 },
        { 129, 7, 16 },
        { 130, 3, 17 },
        { 257, 9, 256 },
        { 64, 64, 5 },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Indexed_images_round_trip_through_the_device_decoder(int width, int height, int colours)
    {
        var random = new Random(width * 1000 + height);
        var palette = Enumerable.Range(0, colours).Select(i => (ushort)(i * 251 + 7)).ToArray();
        var indices = new byte[width * height];
        for (int i = 0; i < indices.Length; i++)
        {
            // Runs of repeats and noise, so both fill and literal runs occur.
            indices[i] = random.Next(3) == 0 && i > 0 ? indices[i - 1] : (byte)random.Next(colours);
        }
        var image = new IndexedImage(width, height, palette, indices);
        var encoder = new ImageEncoder();
        encoder.Add(image);
        var decoded = Decode(new ImageReader(new ByteArraySection(encoder.ToSection())), 0);
        for (int y = 0; y < height; y++)
        {
            for (int x = 0; x < width; x++)
            {
                Assert.Equal(image.ColourAt(x, y), decoded[(y * width) + x]);
            }
        }
    }

    [Fact]
    public void A_clipped_row_writes_only_the_columns_asked_for()
    {
        var image = new IndexedImage(10, 1, [1, 2], [0, 0, 0, 0, 1, 0, 1, 1, 1, 1]);
        var reader = new ImageReader(new ByteArraySection(Section(image)));
        var header = new RunLengthImage();
        reader.ReadImage(0, header);
        var palette = new ushort[256];
        reader.ReadPalette(header, palette);
        var runs = new byte[header.MaxRowBytes];
        int length = reader.ReadRow(header, 0, runs);
        var target = Enumerable.Repeat((ushort)9, 10).ToArray();
        int single = ImageRowDecoder.Decode(header, runs, length, palette, target, 0, 3, 7);
        Assert.Equal(new ushort[] { 9, 9, 9, 1, 2, 1, 2, 9, 9, 9 }, target);
        // Runs: fill 0 ×4, literal [1, 0], fill 1 ×4; inside columns 3..6 only the literal is per pixel.
        Assert.Equal(2, single);
    }

    [Fact]
    public void Bitmaps_with_more_colours_than_the_palette_map_to_the_nearest_kept_colour()
    {
        using var bitmap = new SKBitmap(new SKImageInfo(64, 4, SKColorType.Rgba8888, SKAlphaType.Premul));
        for (int x = 0; x < 64; x++)
        {
            for (int y = 0; y < 4; y++)
            {
                bitmap.SetPixel(x, y, new SKColor((byte)(x * 4), (byte)(y * 60), 128));
            }
        }
        var indexed = PaletteQuantizer.Quantize(bitmap, 16);
        Assert.Equal(16, indexed.Palette.Length);
        for (int x = 0; x < 64; x++)
        {
            var original = bitmap.GetPixel(x, 0);
            var kept = Bgr565.ToColor(indexed.ColourAt(x, 0));
            int nearest = indexed.Palette.Min(p => Distance(Bgr565.ToColor(p), original));
            Assert.Equal(nearest, Distance(kept, original));
        }
        var section = Section(indexed);
        var header = new RunLengthImage();
        new ImageReader(new ByteArraySection(section)).ReadImage(0, header);
        Assert.Equal(4, header.BitsPerIndex);
    }

    [Fact]
    public void Every_curriculum_illustration_rasterises_and_fits_the_lesson_budget_share()
    {
        var encoder = new ImageEncoder();
        var sizes = new List<int>();
        foreach (var file in TestContent.AllArtFiles())
        {
            using var bitmap = SvgArt.Render(File.ReadAllText(file), 119, 89, SKColors.White);
            var distinct = new HashSet<SKColor>();
            for (int y = 0; y < bitmap.Height; y += 3)
            {
                for (int x = 0; x < bitmap.Width; x += 3)
                {
                    distinct.Add(bitmap.GetPixel(x, y));
                }
            }
            Assert.True(distinct.Count >= 3, $"{file} drew almost nothing");
            int before = encoder.ToSection().Length;
            encoder.Add(bitmap);
            sizes.Add(encoder.ToSection().Length - before);
        }
        Assert.True(sizes.Count >= 30);
        // An illustration is at most a quarter of a lesson's 40 KB.
        Assert.All(sizes, size => Assert.True(size < 10 * 1024, $"{size} bytes"));
    }

    internal static ushort[] Decode(ImageReader reader, int id)
    {
        var header = new RunLengthImage();
        reader.ReadImage(id, header);
        var palette = new ushort[256];
        reader.ReadPalette(header, palette);
        var frame = new ushort[header.Width * header.Height];
        var runs = new byte[header.MaxRowBytes];
        for (int y = 0; y < header.Height; y++)
        {
            int length = reader.ReadRow(header, y, runs);
            ImageRowDecoder.Decode(header, runs, length, palette, frame, y * header.Width, 0, header.Width);
        }
        return frame;
    }

    private static byte[] Section(IndexedImage image)
    {
        var encoder = new ImageEncoder();
        encoder.Add(image);
        return encoder.ToSection();
    }

    private static int Distance(SKColor a, SKColor b) =>
        ((a.Red - b.Red) * (a.Red - b.Red)) + ((a.Green - b.Green) * (a.Green - b.Green)) + ((a.Blue - b.Blue) * (a.Blue - b.Blue));
}

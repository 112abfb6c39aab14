using Kiosk.Firmware.Storage;
using Kiosk.Simulator.Storage;

namespace Kiosk.Firmware.Tests.Simulator;

public sealed class FolderFileSystemTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "kiosk-fs-" + Guid.NewGuid().ToString("N"));

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Behaves_as_the_core_expects()
    {
        var fs = new FolderFileSystem(_root);
        Assert.Equal(-1, fs.Length("a/b.bin"));
        Assert.Null(fs.ReadAll("a/b.bin"));

        fs.Write("a/b.bin", 4, [1, 2, 3], 0, 3);
        Assert.Equal(new byte[] { 0, 0, 0, 0, 1, 2, 3 }, fs.ReadAll("a/b.bin"));
        var buffer = new byte[10];
        Assert.Equal(2, fs.Read("a/b.bin", 5, buffer, 1, 5));
        Assert.Equal(new byte[] { 2, 3 }, buffer[1..3]);

        fs.WriteAll("a/c.bin", [9]);
        fs.Rename("a/c.bin", "a/b.bin");
        Assert.Equal(new byte[] { 9 }, fs.ReadAll("a/b.bin"));
        Assert.Equal(["b.bin"], fs.List("a"));
        Assert.Empty(fs.List("missing"));
        fs.Delete("a/b.bin");
        Assert.False(fs.Exists("a/b.bin"));
        Assert.True(fs.FreeBytes > 0);
        Assert.Throws<ArgumentException>(() => fs.ReadAll("../escape"));

        var record = new DurableRecord(fs, "node/presence");
        record.Write([1, 2, 3]);
        Assert.Equal(new byte[] { 1, 2, 3 }, new DurableRecord(new FolderFileSystem(_root), "node/presence").Read());
    }

    [Fact]
    public void Deleting_a_file_whose_folder_is_missing_does_nothing()
    {
        var fs = new FolderFileSystem(_root);
        fs.WriteAll("kept.bin", [7]);

        fs.Delete("content/th/slot-a.kbdl");

        Assert.False(fs.Exists("content/th/slot-a.kbdl"));
        Assert.Equal(new byte[] { 7 }, fs.ReadAll("kept.bin"));
    }
}

using Kiosk.Signing;

namespace Kiosk.Pages.Tests;

/// <summary>The same curriculum must give the same bundle bytes, so rollouts can compare hashes.</summary>
public sealed class DeterminismTests
{
    private static SampleBundle Build()
    {
        var sample = new SampleBundle("320x240", "hi");
        int lesson = sample.AddLessonPage(SampleText.Hindi, "age13to17/privacy");
        sample.AddQuizPage(SampleText.Hindi, "हाँ", "नहीं");
        sample.Finish("हिन्दी", lesson, [("nav.next", 0)]);
        return sample;
    }

    [Fact]
    public void Building_twice_gives_identical_sections_and_signed_bundles()
    {
        var first = Build();
        var second = Build();
        foreach (var (name, bytes) in first.Writer.Sections())
        {
            Assert.Equal(bytes, second.Writer.Sections()[name]);
        }
        using var key = ProgramKey.Generate();
        Assert.Equal(first.BuildSigned(key), second.BuildSigned(key));
    }
}

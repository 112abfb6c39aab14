using Kiosk.Protocol;
using Kiosk.Protocol.Content;

namespace Kiosk.Pages.Tests;

/// <summary>The CBOR index: every field survives a round trip, and bad ids fail the build.</summary>
public sealed class IndexTests
{
    private static ContentIndex Sample() => new()
    {
        Language = "km",
        RightToLeft = true,
        Display = TestContent.Profile("480x320").ToGeometry(),
        Theme = TestContent.Theme(),
        LabelIds = ["nav.next", "quiz.tryAgain"],
        LabelBlocks = [3, 4],
        Modules =
        [
            new ModuleRecord
            {
                Id = "age9to12.private-eye", Audience = 0, AgeBand = 2, TitleBlock = 5, Pages = [0, 1, 2],
                Questions =
                [
                    new QuestionRecord
                    {
                        Page = 3,
                        Choices =
                        [
                            new ChoiceRecord { LabelBlock = 6, Correct = true, FeedbackPage = 4 },
                            new ChoiceRecord { LabelBlock = 7, Correct = false, FeedbackPage = 5 },
                        ],
                    },
                ],
            },
        ],
        HelpPage = 6,
        LanguageNameBlock = 8,
        DigitEntries = [10, 11, 12, 13, 14, 15, 16, 17, 18, 19],
        DigitAdvances = [9, 9, 9, 9, 9, 9, 9, 9, 9, 10],
        Templates = [new NumberTemplate { LabelId = "quiz.progress", Kinds = [0, 1, 0, 1], Values = [9, 0, 2, 1] }],
    };

    [Fact]
    public void Every_field_round_trips()
    {
        var index = Sample();
        var bytes = ContentIndexCodec.Encode(index);
        var back = ContentIndexCodec.Decode(bytes, 0, bytes.Length);
        Assert.Equal("km", back.Language);
        Assert.True(back.RightToLeft);
        Assert.Equal(index.Display.ProfileId, back.Display.ProfileId);
        Assert.Equal(
            (index.Display.Width, index.Display.Height, index.Display.StripHeight, index.Display.MinTouchTarget, index.Display.Margin,
             index.Display.TitleSize, index.Display.BodySize, index.Display.ButtonSize, index.Display.CaptionSize),
            (back.Display.Width, back.Display.Height, back.Display.StripHeight, back.Display.MinTouchTarget, back.Display.Margin,
             back.Display.TitleSize, back.Display.BodySize, back.Display.ButtonSize, back.Display.CaptionSize));
        foreach (var (a, b) in new[] { (index.Display.TopBar, back.Display.TopBar), (index.Display.Content, back.Display.Content), (index.Display.BottomBar, back.Display.BottomBar) })
        {
            Assert.Equal((a.X, a.Y, a.Width, a.Height), (b.X, b.Y, b.Width, b.Height));
        }
        Assert.Equal(
            (index.Theme.PageBackground, index.Theme.Text, index.Theme.BarBackground, index.Theme.BarText, index.Theme.Accent, index.Theme.AccentText, index.Theme.Correct, index.Theme.Wrong),
            (back.Theme.PageBackground, back.Theme.Text, back.Theme.BarBackground, back.Theme.BarText, back.Theme.Accent, back.Theme.AccentText, back.Theme.Correct, back.Theme.Wrong));
        Assert.Equal(index.LabelIds, back.LabelIds);
        Assert.Equal(index.LabelBlocks, back.LabelBlocks);
        Assert.True(back.TryGetLabel("quiz.tryAgain", out int block));
        Assert.Equal(4, block);
        Assert.False(back.TryGetLabel("missing", out _));
        var module = Assert.Single(back.Modules);
        Assert.Equal(("age9to12.private-eye", 0, 2, 5), (module.Id, module.Audience, module.AgeBand, module.TitleBlock));
        Assert.Equal([0, 1, 2], module.Pages);
        var question = Assert.Single(module.Questions);
        Assert.Equal(3, question.Page);
        Assert.Equal([(6, true, 4), (7, false, 5)], question.Choices.Select(c => (c.LabelBlock, c.Correct, c.FeedbackPage)));
        Assert.Equal((6, 8), (back.HelpPage, back.LanguageNameBlock));
        Assert.Equal(index.DigitEntries, back.DigitEntries);
        Assert.Equal(index.DigitAdvances, back.DigitAdvances);
        var template = back.FindTemplate("quiz.progress");
        Assert.NotNull(template);
        Assert.Equal([0, 1, 0, 1], template.Kinds);
        Assert.Equal([9, 0, 2, 1], template.Values);
        Assert.Equal(bytes, ContentIndexCodec.Encode(back));
    }

    [Fact]
    public void Truncated_index_bytes_are_refused()
    {
        var bytes = ContentIndexCodec.Encode(Sample());
        for (int length = 0; length < bytes.Length; length++)
        {
            Assert.Throws<ProtocolDecodeException>(() => ContentIndexCodec.Decode(bytes, 0, length));
        }
    }

    [Fact]
    public void The_index_writer_refuses_ids_that_do_not_exist()
    {
        var index = Sample();
        Assert.Throws<InvalidOperationException>(() => Kiosk.Content.Packaging.IndexWriter.Write(index, pageCount: 6, blockCount: 20, entryCount: 20));
        Assert.NotEmpty(Kiosk.Content.Packaging.IndexWriter.Write(index, pageCount: 7, blockCount: 20, entryCount: 20));
    }
}

using Kiosk.Firmware.Teacher;
using Kiosk.Firmware.Tests.Devices;
using Kiosk.Firmware.Tests.Fixtures;
using Kiosk.Protocol.Messages;
using Kiosk.Protocol.Topics;

namespace Kiosk.Firmware.Tests.Teacher;

public sealed class TeacherSettingsTests
{
    [Fact]
    public void Teacher_choices_persist_and_reach_the_companion_in_the_status()
    {
        using var program = new TestProgram();
        var flash = new MemoryFileSystem();
        var rig = new KioskRig(program, flash);
        var bundle = program.Bundle("lessons-en", 1, "en", dataBytes: 600);
        rig.Server.Add(bundle);
        rig.BootOnline(program.Catalog(1, TestProgram.EntryFor(bundle)));
        rig.Link.Deliver(TopicName.Config(TestProgram.KioskId), program.Config(4, new KioskConfig
        {
            KioskId = TestProgram.KioskId,
            GroupId = TestProgram.Group,
            PinSalt = new byte[16],
            PinHash = new byte[32],
            PinIterations = 1,
            EnabledModuleIds = ["privacy", "be-nice"],
            Helplines = [new Helpline { Name = "Childline", Number = "116 111", Kind = HelplineKind.Helpline }],
            DefaultLanguage = "en",
            IdleTimeoutSeconds = 90,
        }));
        rig.RunUntil(() => false, maxTurns: 20);
        Assert.Equal(["privacy", "be-nice"], LastStatus(rig).EnabledModuleIds);
        Assert.Equal(4UL, LastStatus(rig).ConfigSerial);

        rig.Node.TeacherSettings.Save(new TeacherSettings { EnabledModuleIds = ["privacy"], DefaultLanguage = "th" });
        rig.RunUntil(() => false, maxTurns: 5);
        Assert.Equal(["privacy"], LastStatus(rig).EnabledModuleIds);
        Assert.Equal("th", LastStatus(rig).DefaultLanguage);

        var rebooted = new KioskRig(program, flash.Reboot());
        rebooted.Node.Start();
        rebooted.Link.Connect();
        rebooted.Node.Tick();
        var status = LastStatus(rebooted);
        Assert.Equal(["privacy"], status.EnabledModuleIds);
        Assert.Equal("th", status.DefaultLanguage);
        Assert.Equal(4UL, status.ConfigSerial);
        Assert.Equal(2U, status.BootCount);
        Assert.True(status.ConnectionEpoch > LastStatus(rig).ConnectionEpoch);
    }

    [Fact]
    public void Unknown_or_malformed_module_ids_are_left_out_and_the_status_still_publishes()
    {
        using var program = new TestProgram();
        var flash = new MemoryFileSystem();
        var rig = new KioskRig(program, flash);
        rig.Node.Start();
        rig.Link.Connect();
        rig.Node.Tick();
        string[] installed = ["age9to12.private-eye", "parents.talking"];
        var many = Enumerable.Range(0, 100).Select(i => $"age9to12.private-eye-{i}").Concat(installed).ToArray();

        rig.Node.TeacherSettings.Save(new TeacherSettings
        {
            EnabledModuleIds = ["age9to12.private-eye", "Not An Id!", "gone.module", "age9to12.private-eye", "parents.talking"],
            DefaultLanguage = "no language",
        }, installed);
        rig.Node.Tick();

        Assert.Equal(installed, rig.Node.TeacherSettings.Current.EnabledModuleIds);
        Assert.Null(rig.Node.TeacherSettings.Current.DefaultLanguage);
        Assert.Equal(installed, LastStatus(rig).EnabledModuleIds);

        // Without the installed list, ids are still checked for shape and counted against what a status carries.
        rig.Node.TeacherSettings.Save(new TeacherSettings { EnabledModuleIds = ["Bad Id", .. many] });
        rig.Node.Tick();
        Assert.Equal(KioskStatusCodec.MaxEnabledModules, LastStatus(rig).EnabledModuleIds!.Length);
        Assert.DoesNotContain("Bad Id", LastStatus(rig).EnabledModuleIds!);

        var rebooted = new KioskRig(program, flash.Reboot());
        rebooted.Node.Start();
        rebooted.Link.Connect();
        rebooted.Node.Tick();
        Assert.Equal(many.Take(KioskStatusCodec.MaxEnabledModules), LastStatus(rebooted).EnabledModuleIds!);
    }

    private static KioskStatus LastStatus(KioskRig rig)
    {
        var published = rig.Link.Published.Last(message => message.Topic == TopicName.Status(TestProgram.KioskId));
        return KioskStatusCodec.Decode(published.Payload, 0, published.Payload.Length);
    }
}

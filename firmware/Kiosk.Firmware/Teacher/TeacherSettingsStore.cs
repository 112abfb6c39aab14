using System;
using Kiosk.Firmware.Platform;
using Kiosk.Firmware.Storage;
using Kiosk.Firmware.Usage;
using Kiosk.Protocol;
using Kiosk.Protocol.Cbor;
using Kiosk.Protocol.Messages;

namespace Kiosk.Firmware.Teacher;

/// <summary>
/// Keeps the teacher's choices on flash (CBOR [modules or null, language or null]) and works
/// out what the kiosk offers: the teacher's choice where there is one, else the config's.
/// Module ids and the language are checked on the way in and when read back: the status the
/// kiosk publishes carries them, and its encoder refuses a malformed one, so an id that slipped
/// through would make every later status publish throw.
/// </summary>
public sealed class TeacherSettingsStore
{
    private readonly DurableRecord _record;
    private TeacherSettings _settings = new TeacherSettings();

    public TeacherSettingsStore(IFileSystem fileSystem)
    {
        _record = new DurableRecord(fileSystem, "teacher/settings");
    }

    /// <summary>Increases with every change, so the kiosk knows to publish its status again.</summary>
    public int Revision { get; private set; }

    public TeacherSettings Current
    {
        get { return _settings; }
    }

    public void Load()
    {
        byte[] body = _record.Read();
        if (body == null)
        {
            return;
        }

        try
        {
            var reader = new CborReader(body);
            reader.ReadArrayHeader();
            var settings = new TeacherSettings();
            if (!reader.TryReadNull())
            {
                settings.EnabledModuleIds = new string[reader.ReadArrayHeader()];
                for (int i = 0; i < settings.EnabledModuleIds.Length; i++)
                {
                    settings.EnabledModuleIds[i] = reader.ReadText();
                }
            }

            settings.DefaultLanguage = reader.TryReadNull() ? null : reader.ReadText();
            _settings = Checked(settings, null);
        }
        catch (ProtocolDecodeException)
        {
            _settings = new TeacherSettings();
        }
    }

    /// <summary>Saves the teacher's choice, keeping only well-formed module ids and language.</summary>
    public void Save(TeacherSettings settings)
    {
        Save(settings, null);
    }

    /// <summary>
    /// Saves the teacher's choice, keeping only module ids that are installed (in
    /// <paramref name="installedModuleIds"/>; null skips that check) and well-formed, each once,
    /// at most as many as a status carries. A malformed language falls back to the config's.
    /// </summary>
    public void Save(TeacherSettings settings, string[] installedModuleIds)
    {
        settings = Checked(settings, installedModuleIds);
        var writer = new CborWriter(64);
        writer.WriteArrayHeader(2);
        if (settings.EnabledModuleIds == null)
        {
            writer.WriteNull();
        }
        else
        {
            writer.WriteArrayHeader(settings.EnabledModuleIds.Length);
            for (int i = 0; i < settings.EnabledModuleIds.Length; i++)
            {
                writer.WriteText(settings.EnabledModuleIds[i]);
            }
        }

        if (settings.DefaultLanguage == null)
        {
            writer.WriteNull();
        }
        else
        {
            writer.WriteText(settings.DefaultLanguage);
        }

        _record.Write(writer.ToArray());
        _settings = settings;
        Revision++;
    }

    private static TeacherSettings Checked(TeacherSettings settings, string[] installedModuleIds)
    {
        var result = new TeacherSettings();
        result.DefaultLanguage = CounterKeyRules.IsLanguage(settings.DefaultLanguage) ? settings.DefaultLanguage : null;
        string[] ids = settings.EnabledModuleIds;
        if (ids == null)
        {
            return result;
        }

        var kept = new string[ids.Length < KioskStatusCodec.MaxEnabledModules ? ids.Length : KioskStatusCodec.MaxEnabledModules];
        int count = 0;
        for (int i = 0; i < ids.Length && count < kept.Length; i++)
        {
            string id = ids[i];
            bool known = installedModuleIds == null || IndexOf(installedModuleIds, installedModuleIds.Length, id) >= 0;
            if (known && CounterKeyRules.IsLessonId(id) && IndexOf(kept, count, id) < 0)
            {
                kept[count++] = id;
            }
        }

        result.EnabledModuleIds = new string[count];
        Array.Copy(kept, result.EnabledModuleIds, count);
        return result;
    }

    private static int IndexOf(string[] values, int count, string value)
    {
        for (int i = 0; i < count; i++)
        {
            if (values[i] == value)
            {
                return i;
            }
        }

        return -1;
    }

    public string[] EffectiveModules(KioskConfig config)
    {
        if (_settings.EnabledModuleIds != null)
        {
            return _settings.EnabledModuleIds;
        }

        return config == null ? null : config.EnabledModuleIds;
    }

    public string EffectiveLanguage(KioskConfig config)
    {
        if (_settings.DefaultLanguage != null)
        {
            return _settings.DefaultLanguage;
        }

        return config == null ? null : config.DefaultLanguage;
    }
}

using Kiosk.Firmware.Platform;
using Kiosk.Firmware.Storage;
using Kiosk.Protocol;
using Kiosk.Protocol.Cbor;
using Kiosk.Protocol.Messages;

namespace Kiosk.Firmware.Teacher;

/// <summary>
/// Keeps the teacher's choices on flash (CBOR [modules or null, language or null]) and works
/// out what the kiosk offers: the teacher's choice where there is one, else the config's.
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
            _settings = settings;
        }
        catch (ProtocolDecodeException)
        {
            _settings = new TeacherSettings();
        }
    }

    public void Save(TeacherSettings settings)
    {
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

using System;
using System.Collections;
using Kiosk.Firmware.Content;
using Kiosk.Firmware.Platform;
using Kiosk.Firmware.Sync;
using Kiosk.Firmware.Teacher;
using Kiosk.Firmware.Usage;
using Kiosk.Protocol;
using Kiosk.Protocol.Messages;
using Kiosk.Protocol.Topics;

namespace Kiosk.Firmware.Node;

/// <summary>
/// The kiosk's back end in one place: boots the stores from flash, takes what the MQTT adapter
/// reports (on any thread) into an inbox, and on the main loop's <see cref="Tick"/> routes it to
/// sync, usage and config, drives transfers and reports, and publishes the retained status
/// whenever it changes. Screens use <see cref="Content"/>, <see cref="Usage"/>,
/// <see cref="TeacherLock"/> and <see cref="TeacherSettings"/>.
/// </summary>
public sealed class KioskNode
{
    private readonly KioskProvisioning _provisioning;
    private readonly IFileSystem _fileSystem;
    private readonly IMqttLink _link;
    private readonly KioskPresence _presence;
    private readonly IClock _clock;
    private readonly int _statusInterval;
    private readonly ArrayList _inbox = new ArrayList();
    private int _publishedRevision = -1;
    private long _statusPublishedAt;
    private int _extraRevision;

    public KioskNode(KioskProvisioning provisioning, IFileSystem fileSystem, IClock clock, IMqttLink link, KioskPresence presence, Random random, KioskTuning tuning)
    {
        if (tuning == null)
        {
            tuning = new KioskTuning();
        }

        _provisioning = provisioning;
        _fileSystem = fileSystem;
        _link = link;
        _presence = presence;
        _clock = clock;
        _statusInterval = tuning.StatusIntervalMilliseconds;
        Content = new ContentStore(fileSystem, provisioning.ProgramKey, provisioning.ProfileId);
        Config = new ConfigFollower(fileSystem, provisioning.ProgramKey, provisioning.KioskId);
        Catalog = new CatalogFollower(fileSystem, provisioning.ProgramKey);
        Sync = new BundleSync(Content, link, clock, provisioning.KioskId, tuning.Sync);
        Usage = new UsageLedger(fileSystem, clock, random, tuning.Usage);
        Reports = new UsageReporter(Usage, link, clock, provisioning.KioskId, tuning.Reports);
        TeacherLock = new TeacherLock(fileSystem, clock);
        TeacherSettings = new TeacherSettingsStore(fileSystem);
    }

    public ContentStore Content { get; }

    public ConfigFollower Config { get; }

    public CatalogFollower Catalog { get; }

    public BundleSync Sync { get; }

    public UsageLedger Usage { get; }

    public UsageReporter Reports { get; }

    public TeacherLock TeacherLock { get; }

    public TeacherSettingsStore TeacherSettings { get; }

    /// <summary>The group in force: the config's once there is one, else the provisioned one.</summary>
    public string GroupId
    {
        get { return Config.Current != null ? Config.Current.GroupId : _provisioning.GroupId; }
    }

    /// <summary>Loads everything from flash and starts listening; call once before the first tick.</summary>
    public void Start()
    {
        _presence.Boot();
        Content.Boot();
        Config.Load();
        Catalog.Load();
        if (Catalog.Current != null && Catalog.Current.GroupId == GroupId)
        {
            Sync.Follow(Catalog.Current);
        }

        Usage.Load();
        TeacherLock.Load();
        TeacherSettings.Load();
        _link.MessageReceived += OnMessage;
        _link.ConnectionChanged += OnConnectionChanged;
        if (_link.IsConnected)
        {
            OnConnectionChanged(true);
        }
    }

    /// <summary>One turn of the back end; the main loop calls it every few tens of milliseconds.</summary>
    public void Tick()
    {
        LinkEvent next;
        while ((next = TakeEvent()) != null)
        {
            if (next.Topic == null)
            {
                if (next.Connected)
                {
                    Connected();
                }
            }
            else
            {
                Route(next.Topic, next.Payload);
            }
        }

        Sync.Tick();
        Reports.Tick();
        if (_link.IsConnected && (StatusRevision() != _publishedRevision || StatusIsDue()))
        {
            PublishStatus();
        }
    }

    public KioskStatus BuildStatus()
    {
        var status = new KioskStatus();
        status.State = KioskState.Online;
        status.BootCount = _presence.BootCount;
        status.ConnectionEpoch = _presence.ConnectionEpoch;
        status.FirmwareVersion = _provisioning.FirmwareVersion;
        status.BoardProfileId = _provisioning.BoardProfileId;
        status.InstalledBundles = Content.Installed();
        long free = _fileSystem.FreeBytes;
        status.FreeStorageBytes = free > 0 ? (ulong)free : 0;
        status.Sync = Sync.Status;
        status.EnabledModuleIds = TeacherSettings.EffectiveModules(Config.Current);
        status.DefaultLanguage = TeacherSettings.EffectiveLanguage(Config.Current);
        status.ConfigSerial = Config.Current == null ? 0 : Config.Current.Serial;
        status.CatalogSerial = Catalog.Current == null ? 0 : Catalog.Current.Serial;
        return status;
    }

    private void OnMessage(string topic, byte[] payload)
    {
        Park(topic, payload, false);
    }

    private void OnConnectionChanged(bool connected)
    {
        Park(null, null, connected);
    }

    private void Park(string topic, byte[] payload, bool connected)
    {
        var item = new LinkEvent();
        item.Topic = topic;
        item.Payload = payload;
        item.Connected = connected;
        lock (_inbox)
        {
            _inbox.Add(item);
        }
    }

    private LinkEvent TakeEvent()
    {
        lock (_inbox)
        {
            if (_inbox.Count == 0)
            {
                return null;
            }

            var item = (LinkEvent)_inbox[0];
            _inbox.RemoveAt(0);
            return item;
        }
    }

    private void Connected()
    {
        string kioskId = _provisioning.KioskId;
        _presence.EpochForOnline();
        _link.Subscribe(TopicName.Config(kioskId));
        _link.Subscribe(TopicName.Catalog(GroupId));
        _link.Subscribe(TopicName.Ack(kioskId));
        _link.Subscribe(TopicName.ChunkResponse(kioskId));
        PublishStatus();
        Reports.OnConnected();
    }

    private void Route(string topic, byte[] payload)
    {
        ParsedTopic parsed;
        if (payload == null || payload.Length == 0 || !TopicName.TryParse(topic, out parsed))
        {
            return;
        }

        try
        {
            switch (parsed.Kind)
            {
                case TopicKind.Config:
                    ApplyConfig(payload);
                    break;
                case TopicKind.Catalog:
                    if (Catalog.Offer(payload, GroupId))
                    {
                        Sync.Follow(Catalog.Current);
                        _extraRevision++;
                    }

                    break;
                case TopicKind.Ack:
                    Reports.OnAck(ReportAckCodec.Decode(payload, 0, payload.Length));
                    break;
                case TopicKind.ChunkResponse:
                    Sync.OnChunkResponse(ChunkResponseCodec.Decode(payload, 0, payload.Length));
                    break;
            }
        }
        catch (ProtocolDecodeException)
        {
            // Malformed input from the network is dropped; the sender's next message may be fine.
        }
    }

    private void ApplyConfig(byte[] payload)
    {
        string group = GroupId;
        if (!Config.Offer(payload))
        {
            return;
        }

        _extraRevision++;
        if (GroupId != group && _link.IsConnected)
        {
            _link.Subscribe(TopicName.Catalog(GroupId));
        }
    }

    private int StatusRevision()
    {
        return Sync.Revision + TeacherSettings.Revision + _extraRevision;
    }

    // The heartbeat: a kiosk whose status is older than a few intervals is shown offline by the
    // companion even when no Last Will reached it (a broker restart loses wills).
    private bool StatusIsDue()
    {
        return _statusInterval > 0 && _clock.UptimeMilliseconds - _statusPublishedAt >= _statusInterval;
    }

    private void PublishStatus()
    {
        int revision = StatusRevision();
        if (_link.Publish(TopicName.Status(_provisioning.KioskId), KioskStatusCodec.Encode(BuildStatus()), MqttQos.AtLeastOnce, true))
        {
            _publishedRevision = revision;
            _statusPublishedAt = _clock.UptimeMilliseconds;
        }
    }
}

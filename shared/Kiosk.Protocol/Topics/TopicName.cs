using System;

namespace Kiosk.Protocol.Topics;

/// <summary>
/// Builds and parses the MQTT topic names of protocol v1. Ids are restricted so that no id can
/// contain a wildcard or a level separator, and no kiosk can be called "group", which keeps the
/// kiosk and group subtrees apart and lets broker ACLs match whole levels.
/// </summary>
public static class TopicName
{
    public const string Prefix = "kiosk/v1/";
    public const string GroupLevel = "group";

    private const int MinIdLength = 3;
    private const int MaxIdLength = 32;

    // The longest valid topic: kiosk/v1/group/{32 chars}/catalog, and the longest suffix is shorter.
    private const int MaxTopicLength = 64;

    private static readonly char[] LevelSeparator = new char[] { '/' };

    public static string Status(string kioskId)
    {
        return KioskTopic(kioskId, "status");
    }

    public static string Report(string kioskId)
    {
        return KioskTopic(kioskId, "report");
    }

    public static string Ack(string kioskId)
    {
        return KioskTopic(kioskId, "ack");
    }

    public static string Config(string kioskId)
    {
        return KioskTopic(kioskId, "config");
    }

    public static string ChunkRequest(string kioskId)
    {
        return KioskTopic(kioskId, "chunk-request");
    }

    public static string ChunkResponse(string kioskId)
    {
        return KioskTopic(kioskId, "chunk-response");
    }

    public static string Catalog(string groupId)
    {
        if (!IsValidGroupId(groupId))
        {
            throw new ArgumentException("Invalid group id.", "groupId");
        }

        return Prefix + GroupLevel + "/" + groupId + "/catalog";
    }

    /// <summary>Lowercase a-z, 0-9 and '-', 3 to 32 characters, no '-' at either end, and not "group".</summary>
    public static bool IsValidKioskId(string kioskId)
    {
        return IsValidId(kioskId) && kioskId != GroupLevel;
    }

    /// <summary>The same shape as a kiosk id; "group" is allowed, as it cannot collide one level deeper.</summary>
    public static bool IsValidGroupId(string groupId)
    {
        return IsValidId(groupId);
    }

    public static bool TryParse(string topic, out ParsedTopic parsed)
    {
        parsed = null;
        if (topic == null || topic.Length > MaxTopicLength || !topic.StartsWith(Prefix))
        {
            return false;
        }

        string[] levels = topic.Substring(Prefix.Length).Split(LevelSeparator);
        if (levels.Length == 3 && levels[0] == GroupLevel && levels[2] == "catalog" && IsValidGroupId(levels[1]))
        {
            parsed = new ParsedTopic(TopicKind.Catalog, null, levels[1]);
            return true;
        }

        if (levels.Length != 2 || !IsValidKioskId(levels[0]))
        {
            return false;
        }

        TopicKind kind;
        switch (levels[1])
        {
            case "status":
                kind = TopicKind.Status;
                break;
            case "report":
                kind = TopicKind.Report;
                break;
            case "ack":
                kind = TopicKind.Ack;
                break;
            case "config":
                kind = TopicKind.Config;
                break;
            case "chunk-request":
                kind = TopicKind.ChunkRequest;
                break;
            case "chunk-response":
                kind = TopicKind.ChunkResponse;
                break;
            default:
                return false;
        }

        parsed = new ParsedTopic(kind, levels[0], null);
        return true;
    }

    private static string KioskTopic(string kioskId, string leaf)
    {
        if (!IsValidKioskId(kioskId))
        {
            throw new ArgumentException("Invalid kiosk id.", "kioskId");
        }

        return Prefix + kioskId + "/" + leaf;
    }

    private static bool IsValidId(string id)
    {
        if (id == null || id.Length < MinIdLength || id.Length > MaxIdLength || id[0] == '-' || id[id.Length - 1] == '-')
        {
            return false;
        }

        for (int i = 0; i < id.Length; i++)
        {
            char c = id[i];
            if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'))
            {
                return false;
            }
        }

        return true;
    }
}

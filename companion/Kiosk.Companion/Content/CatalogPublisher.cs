using Kiosk.Companion.Mqtt;
using Kiosk.Protocol.Messages;
using Kiosk.Protocol.Topics;
using Kiosk.Signing;

namespace Kiosk.Companion.Content;

/// <summary>
/// Publishes a group's signed catalog (retained, kiosk/v1/group/{g}/catalog): every stored bundle
/// of the group's release version, one entry per language and display profile, each marked
/// Pinned when staff pinned the release. Every publish carries a new serial.
/// </summary>
public sealed class CatalogPublisher(
    GroupCatalogStore catalogs,
    BundleStore bundles,
    ProgramKey key,
    IKioskPublisher publisher,
    TimeProvider clock,
    ILogger<CatalogPublisher> logger)
{
    public async Task<GroupCatalog> PublishAsync(string groupId, long? releaseVersion, bool pinned, CancellationToken cancellationToken)
    {
        var entries = releaseVersion is { } version ? await bundles.ListAsync(version, cancellationToken) : [];
        var now = clock.GetUtcNow();
        var row = await catalogs.AdvanceAsync(groupId, releaseVersion, pinned, now, cancellationToken);
        await publisher.PublishAsync(TopicName.Catalog(groupId), Sign(row, entries, now), retain: true, cancellationToken);
        logger.LogInformation("Published catalog {Serial} for group {GroupId}: version {Version}{Pinned}, {Count} bundles",
            row.Serial, groupId, releaseVersion, pinned ? " (pinned)" : "", entries.Count);
        return row;
    }

    /// <summary>
    /// Publishes every group's current catalog again with its current serial: an embedded broker
    /// forgets retained messages when it stops, and kiosks ignore a serial they already follow.
    /// </summary>
    public async Task RepublishAllAsync(CancellationToken cancellationToken)
    {
        foreach (var row in await catalogs.ListAsync(cancellationToken))
        {
            var entries = row.ReleaseVersion is { } version ? await bundles.ListAsync(version, cancellationToken) : [];
            var issued = DateTimeOffset.FromUnixTimeSeconds(row.UpdatedAt);
            await publisher.PublishAsync(TopicName.Catalog(row.GroupId), Sign(row, entries, issued), retain: true, cancellationToken);
        }
    }

    private byte[] Sign(GroupCatalog row, IReadOnlyList<StoredBundle> entries, DateTimeOffset now) =>
        CoseSign1Signer.Sign(CatalogCodec.Encode(new Catalog
        {
            GroupId = row.GroupId,
            Serial = (ulong)row.Serial,
            IssuedHour = (uint)(now.ToUnixTimeSeconds() / 3600),
            Entries = entries.Select(b => new CatalogEntry
            {
                BundleId = b.BundleId,
                Version = (uint)b.Version,
                Language = b.Language,
                ProfileId = b.ProfileId,
                TotalSize = (uint)b.SizeBytes,
                ManifestSha256 = Convert.FromHexString(b.ManifestSha256),
                Pinned = row.Pinned != 0,
            }).ToArray(),
        }), key);
}

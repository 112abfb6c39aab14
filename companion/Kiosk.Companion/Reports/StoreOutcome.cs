namespace Kiosk.Companion.Reports;

/// <summary>What <see cref="ReportStore.StoreAsync"/> did with a batch.</summary>
public enum StoreOutcome
{
    Stored,
    Duplicate,
    UnknownKiosk,
}

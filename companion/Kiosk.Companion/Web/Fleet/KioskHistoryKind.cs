namespace Kiosk.Companion.Web.Fleet;

/// <summary>What a kiosk history line records.</summary>
public enum KioskHistoryKind
{
    Provisioned,
    ReportReceived,
    SchoolChange,
}

using Kiosk.Protocol.Messages;

namespace Kiosk.Companion.Reports;

/// <summary>A decoded, validated report and the kiosk whose topic it came on.</summary>
public sealed record ReceivedReport(string KioskId, UsageReport Report);

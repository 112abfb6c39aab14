namespace Kiosk.Companion.Reports;

/// <summary>What usage aggregates can be grouped by.</summary>
public enum UsageDimension
{
    Week,
    Lesson,
    Language,
    Audience,
    AgeBand,
}

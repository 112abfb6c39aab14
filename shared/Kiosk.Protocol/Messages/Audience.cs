namespace Kiosk.Protocol.Messages;

/// <summary>Who a lesson is written for, as chosen on the kiosk (never who is actually standing there).</summary>
public enum Audience
{
    Child = 0,
    Parent = 1,
    Teacher = 2
}

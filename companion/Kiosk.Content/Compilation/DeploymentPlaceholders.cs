namespace Kiosk.Content.Compilation;

/// <summary>
/// Fills help.yaml's deployment placeholders ({helpline.number}, ...) from a deployment. A hotline
/// without a web address shows its number where the address would go.
/// </summary>
public static class DeploymentPlaceholders
{
    public static string Fill(string text, DeploymentOptions deployment)
    {
        var helpline = deployment.Find(DeploymentHelpline.Helpline);
        var hotline = deployment.Find(DeploymentHelpline.Hotline);
        var emergency = deployment.Find(DeploymentHelpline.Emergency);
        return text
            .Replace("{helpline.name}", helpline?.Name ?? "", StringComparison.Ordinal)
            .Replace("{helpline.number}", helpline?.Number ?? "", StringComparison.Ordinal)
            .Replace("{hotline.name}", hotline?.Name ?? "", StringComparison.Ordinal)
            .Replace("{hotline.url}", string.IsNullOrWhiteSpace(hotline?.Url) ? hotline?.Number ?? "" : hotline.Url, StringComparison.Ordinal)
            .Replace("{emergency.number}", emergency?.Number ?? "", StringComparison.Ordinal);
    }
}

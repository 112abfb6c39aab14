using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kiosk.Content.Compilation;

/// <summary>
/// What a deployment puts on its kiosks' Get help screen: the helpline, hotline and emergency
/// numbers that fill help.yaml's placeholders. Read from a JSON file
/// (<c>{ "helplines": [ { "name": ..., "number": ..., "kind": "helpline", "url": null } ] }</c>);
/// <see cref="Demo"/> is the documented default for demonstrations.
/// </summary>
public sealed class DeploymentOptions
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    public required IReadOnlyList<DeploymentHelpline> Helplines { get; init; }

    /// <summary>
    /// A demonstration deployment: the harmonised European child helpline 116 111, a placeholder
    /// hotline name and address, and 112. Real deployments pass their own file.
    /// </summary>
    public static DeploymentOptions Demo { get; } = new()
    {
        Helplines =
        [
            new("Child Helpline", "116 111", DeploymentHelpline.Helpline),
            new("the national hotline", "", DeploymentHelpline.Hotline, "report.example.org"),
            new("Emergency", "112", DeploymentHelpline.Emergency),
        ],
    };

    /// <summary>Reads and checks a deployment file; InvalidDataException says what is wrong.</summary>
    public static DeploymentOptions Load(string path)
    {
        DeploymentOptions? options;
        try
        {
            options = JsonSerializer.Deserialize<DeploymentOptions>(File.ReadAllText(path), Json);
        }
        catch (JsonException error)
        {
            throw new InvalidDataException($"{path}: not a deployment file ({error.Message})", error);
        }
        if (options is null)
        {
            throw new InvalidDataException($"{path}: the file holds no deployment.");
        }
        options.Validate(path);
        return options;
    }

    /// <summary>The first line of a kind, or null.</summary>
    public DeploymentHelpline? Find(string kind) => Helplines.FirstOrDefault(h => h.Kind == kind);

    private void Validate(string path)
    {
        string[] kinds = [DeploymentHelpline.Helpline, DeploymentHelpline.Hotline, DeploymentHelpline.Emergency];
        foreach (var line in Helplines)
        {
            if (string.IsNullOrWhiteSpace(line.Name) || !kinds.Contains(line.Kind))
            {
                throw new InvalidDataException($"{path}: every helpline needs a name and a kind ({string.Join(", ", kinds)}).");
            }
        }
        // help.yaml uses every slot, so a missing line would leave a hole in a sentence a child reads.
        if (string.IsNullOrWhiteSpace(Find(DeploymentHelpline.Helpline)?.Number))
        {
            throw new InvalidDataException($"{path}: a deployment needs a line of kind 'helpline' with a number.");
        }
        if (Find(DeploymentHelpline.Hotline) is not { } hotline || (string.IsNullOrWhiteSpace(hotline.Url) && string.IsNullOrWhiteSpace(hotline.Number)))
        {
            throw new InvalidDataException($"{path}: a deployment needs a line of kind 'hotline' with a url or number.");
        }
        if (string.IsNullOrWhiteSpace(Find(DeploymentHelpline.Emergency)?.Number))
        {
            throw new InvalidDataException($"{path}: a deployment needs a line of kind 'emergency' with a number.");
        }
    }
}

using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Kiosk.Content;

/// <summary>
/// Reads one YAML file into nodes and checks shape (required keys, unknown keys, types) while
/// recording every problem as a diagnostic with the parser's line and column.
/// </summary>
internal sealed class YamlSchemaReader(string file, List<Diagnostic> diagnostics)
{
    public string File { get; } = file;

    public YamlMappingNode? LoadRoot(string absolutePath)
    {
        var stream = new YamlStream();
        try
        {
            using var reader = new StreamReader(absolutePath);
            stream.Load(reader);
        }
        catch (YamlException e)
        {
            Report(DiagnosticSeverity.Error, LintCode.InvalidYaml, $"invalid YAML: {Reason(e)}", (int)e.Start.Line, (int)e.Start.Column);
            return null;
        }
        if (stream.Documents.Count == 0)
        {
            Report(DiagnosticSeverity.Error, LintCode.MissingField, "file is empty", 1, 1);
            return null;
        }
        return AsMapping(stream.Documents[0].RootNode, "the file");
    }

    // YamlDotNet prefixes messages with the mark; the diagnostic already carries it.
    private static string Reason(YamlException e)
    {
        var message = e.InnerException?.Message ?? e.Message;
        var close = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith("(Line", StringComparison.Ordinal) && close > 0 ? message[(close + 3)..] : message;
    }

    public SourceLocation At(YamlNode node) => new(File, Math.Max(1, (int)node.Start.Line), Math.Max(1, (int)node.Start.Column));

    public YamlMappingNode? AsMapping(YamlNode node, string what)
    {
        if (node is YamlMappingNode map)
            return map;
        Error(LintCode.WrongType, $"{what} must be a mapping of keys to values", node);
        return null;
    }

    public void CheckKeys(YamlMappingNode map, string owner, params string[] allowed)
    {
        foreach (var key in map.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (!allowed.Contains(name))
                Error(LintCode.UnknownKey, $"unknown key '{name}' in {owner} (allowed: {string.Join(", ", allowed)})", key);
        }
    }

    public YamlNode? Get(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    /// <summary>A scalar value; reports a missing required key at the owning mapping and a wrong type at the value.</summary>
    public string? Scalar(YamlMappingNode map, string key, string owner, bool required)
    {
        var node = Get(map, key);
        if (node is null)
        {
            if (required)
                Error(LintCode.MissingField, $"{owner} has no '{key}'", map);
            return null;
        }
        if (node is not YamlScalarNode scalar)
        {
            Error(LintCode.WrongType, $"'{key}' in {owner} must be text, not a {Kind(node)}", node);
            return null;
        }
        var text = (scalar.Value ?? "").TrimEnd();
        if (text.Length == 0 && required)
        {
            Error(LintCode.MissingField, $"'{key}' in {owner} is empty", node);
            return null;
        }
        return text;
    }

    public YamlSequenceNode? Sequence(YamlMappingNode map, string key, string owner, bool required)
    {
        var node = Get(map, key);
        if (node is null)
        {
            if (required)
                Error(LintCode.MissingField, $"{owner} has no '{key}'", map);
            return null;
        }
        if (node is YamlSequenceNode sequence)
            return sequence;
        Error(LintCode.WrongType, $"'{key}' in {owner} must be a list, not a {Kind(node)}", node);
        return null;
    }

    /// <summary>A translatable text; when missing, an empty message at the owner's position keeps the model complete.</summary>
    public SourceMessage Message(YamlMappingNode map, string key, string messageKey, string audience, string owner)
    {
        var text = Scalar(map, key, owner, required: true);
        var node = Get(map, key) ?? map;
        return new SourceMessage(messageKey, text ?? "", At(node), audience);
    }

    public SourceMessage? OptionalMessage(YamlMappingNode map, string key, string messageKey, string audience, string owner)
    {
        var text = Scalar(map, key, owner, required: false);
        return text is null ? null : new SourceMessage(messageKey, text, At(Get(map, key)!), audience);
    }

    public void Error(string code, string message, YamlNode node) =>
        Report(DiagnosticSeverity.Error, code, message, (int)node.Start.Line, (int)node.Start.Column);

    public void Report(DiagnosticSeverity severity, string code, string message, int line, int column) =>
        diagnostics.Add(new Diagnostic(severity, code, message, File, Math.Max(1, line), Math.Max(1, column)));

    private static string Kind(YamlNode node) => node switch
    {
        YamlMappingNode => "mapping",
        YamlSequenceNode => "list",
        _ => "text",
    };
}

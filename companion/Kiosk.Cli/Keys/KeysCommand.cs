using System.CommandLine;
using Kiosk.Signing;

namespace Kiosk.Cli.Keys;

/// <summary>
/// <c>kiosk keys new</c> and <c>kiosk keys public</c>: the program signing key and the public key
/// kiosks are provisioned with.
/// </summary>
public static class KeysCommand
{
    private const string DefaultKeyPath = "program-key.pem";

    public static Command Create()
    {
        var keys = new Command("keys", "Create the program signing key and export its public half for provisioning.");
        keys.Add(CreateNew());
        keys.Add(CreatePublic());
        return keys;
    }

    private static Option<string> KeyOption(string description) => new("--key", "-k")
    {
        Description = description,
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("KIOSK_PROGRAM_KEY") ?? DefaultKeyPath,
    };

    private static Command CreateNew()
    {
        var key = KeyOption("Where to write the new private key (PKCS#8 PEM, owner-readable only). Default: $KIOSK_PROGRAM_KEY or ./program-key.pem.");
        var command = new Command("new", "Generate a new Ed25519 program key. Refuses to overwrite an existing key.") { key };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(key)!;
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            if (File.Exists(path))
            {
                error.WriteLine($"error: '{path}' already exists. A program key is never overwritten: kiosks trust it. Choose another path with --key.");
                return 1;
            }
            using var programKey = ProgramKey.Generate();
            programKey.Save(path);
            output.WriteLine($"Wrote the program key to {path}. Keep it secret and backed up.");
            output.WriteLine($"key id:     {Convert.ToHexStringLower(programKey.KeyId)}");
            output.WriteLine($"public key: {Convert.ToBase64String(programKey.PublicKey)}");
            return 0;
        });
        return command;
    }

    private static Command CreatePublic()
    {
        var key = KeyOption("The private key file to read. Default: $KIOSK_PROGRAM_KEY or ./program-key.pem.");
        var format = new Option<string>("--format", "-f")
        {
            Description = "base64 (raw 32 bytes, as the provisioning file carries it), hex, or pem (SubjectPublicKeyInfo).",
            DefaultValueFactory = _ => "base64",
        };
        format.AcceptOnlyFromAmong("base64", "hex", "pem");
        var command = new Command("public", "Print the public key kiosks are provisioned with.") { key, format };
        command.SetAction(parse =>
        {
            ProgramKey programKey;
            try
            {
                programKey = ProgramKey.Load(parse.GetValue(key)!);
            }
            catch (Exception error) when (error is FileNotFoundException or InvalidDataException or UnauthorizedAccessException)
            {
                parse.InvocationConfiguration.Error.WriteLine($"error: {error.Message}");
                return 1;
            }
            using (programKey)
            {
                var text = parse.GetValue(format) switch
                {
                    "hex" => Convert.ToHexStringLower(programKey.PublicKey),
                    "pem" => programKey.PublicKeyPem().TrimEnd(),
                    _ => Convert.ToBase64String(programKey.PublicKey),
                };
                parse.InvocationConfiguration.Output.WriteLine(text);
            }
            return 0;
        });
        return command;
    }
}

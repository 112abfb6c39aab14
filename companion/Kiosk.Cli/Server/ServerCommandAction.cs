using System.CommandLine;

namespace Kiosk.Cli.Server;

/// <summary>Runs a command body against the companion and turns its failures into a plain error line and exit code 1.</summary>
public static class ServerCommandAction
{
    public static void Set(Command command, ServerOptions server, Func<ParseResult, CompanionClient, CancellationToken, Task<int>> body)
    {
        command.SetAction(async (parse, cancellationToken) =>
        {
            try
            {
                using var client = server.Connect(parse);
                return await body(parse, client, cancellationToken);
            }
            catch (CompanionApiException error)
            {
                Console.Error.WriteLine("error: " + error.Message);
                return 1;
            }
        });
    }
}

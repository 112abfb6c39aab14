using Kiosk.LoadTests;

try
{
    return await LoadRun.RunAsync(LoadOptions.Parse(args));
}
catch (ArgumentException error)
{
    Console.Error.WriteLine("error: " + error.Message);
    return 2;
}

using Kiosk.Simulator.Hosting;
using Kiosk.Simulator.Web;

// STEP 1: read the command line (docs/simulator.md).
SimulatorOptions options;
try
{
    options = SimulatorOptions.Parse(args);
}
catch (ArgumentException exception)
{
    Console.Error.WriteLine(exception.Message);
    Console.Error.WriteLine(SimulatorOptions.Usage);
    return 2;
}

// STEP 2: boot the kiosks, install their content and start their loop.
using var fleet = FleetFactory.Build(options, Console.Out);
fleet.Start();

// STEP 3: either run headless until done, or serve the page that shows the screens.
if (options.Headless)
{
    return HeadlessRun.Run(fleet, options, Console.Out);
}

var app = SimulatorApi.Create(fleet, options.Port);
Console.WriteLine($"Open http://localhost:{options.Port}/ to see the kiosks.");
await app.RunAsync();
return 0;

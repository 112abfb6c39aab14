using Kiosk.Cli;

return KioskCommand.Create().Parse(args).Invoke();

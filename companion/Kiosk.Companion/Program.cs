using Kiosk.Companion.Api;
using Kiosk.Companion.Content;
using Kiosk.Companion.Demo;
using Kiosk.Companion.Fleet;
using Kiosk.Companion.Metrics;
using Kiosk.Companion.Mqtt;
using Kiosk.Companion.Provisioning;
using Kiosk.Companion.Reports;
using Kiosk.Companion.Rollout;
using Kiosk.Companion.Storage;
using Kiosk.Companion.Web;

// --demo is a switch, not a setting: left in, the command-line configuration would take the
// argument after it as its value and lose that argument (say, --urls).
var demo = args.Contains(DemoServiceExtensions.Flag);
var builder = WebApplication.CreateBuilder([.. args.Where(a => a != DemoServiceExtensions.Flag)]);
builder.Services.AddSingleton(TimeProvider.System);
builder.AddCompanionStorage();
builder.AddCompanionMetrics();
builder.AddFleet();
builder.AddReports();
builder.AddProvisioning();
builder.AddApiAuthentication();
builder.AddCompanionMqtt();
builder.AddConfigRepublishing();
builder.AddContentAndRollout();
if (demo)
{
    builder.AddDemo();
}
builder.AddWebUi();

var app = builder.Build();
app.UseSecurityHeaders();
app.UseAuthentication();
app.UseAuthorization();
app.MapOpenApi();
app.MapPrometheusScrapingEndpoint();
app.MapGet("/healthz", () => TypedResults.Ok("ok")).ExcludeFromDescription();
app.MapGroup("/api").RequireAuthorization(ApiServiceExtensions.StaffPolicy)
    .MapKiosksApi().MapGroupsApi().MapReportsApi().MapFleetApi().MapTokensApi()
    .MapContentApi().MapRolloutApi();
app.MapWebUi();
app.Run();

/// <summary>Entry point; public so functional tests can start the real app.</summary>
public partial class Program;

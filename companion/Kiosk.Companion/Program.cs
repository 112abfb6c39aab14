using Kiosk.Companion.Api;
using Kiosk.Companion.Fleet;
using Kiosk.Companion.Metrics;
using Kiosk.Companion.Mqtt;
using Kiosk.Companion.Provisioning;
using Kiosk.Companion.Reports;
using Kiosk.Companion.Storage;
using Kiosk.Companion.Web;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddSingleton(TimeProvider.System);
builder.AddCompanionStorage();
builder.AddCompanionMetrics();
builder.AddFleet();
builder.AddReports();
builder.AddProvisioning();
builder.AddApiAuthentication();
builder.AddCompanionMqtt();
builder.AddConfigRepublishing();
builder.AddWebUi();

var app = builder.Build();
app.UseAuthentication();
app.UseAuthorization();
app.MapOpenApi();
app.MapPrometheusScrapingEndpoint();
app.MapGet("/healthz", () => TypedResults.Ok("ok")).ExcludeFromDescription();
app.MapGroup("/api").RequireAuthorization(ApiServiceExtensions.StaffPolicy)
    .MapKiosksApi().MapGroupsApi().MapReportsApi().MapFleetApi().MapTokensApi();
app.MapWebUi();
app.Run();

/// <summary>Entry point; public so functional tests can start the real app.</summary>
public partial class Program;

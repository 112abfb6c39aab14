using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kiosk.Companion.Tests.Infrastructure;

/// <summary>The API's JSON settings: web defaults with enums as strings.</summary>
public static class Json
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };
}

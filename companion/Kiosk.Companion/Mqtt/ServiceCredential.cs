using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace Kiosk.Companion.Mqtt;

/// <summary>The user name and password the companion's own MQTT client uses.</summary>
public sealed class ServiceCredential(IOptions<MqttOptions> options)
{
    public string UserName { get; } = options.Value.ServiceUserName;

    public string Password { get; } = string.IsNullOrEmpty(options.Value.ServicePassword)
        ? Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))
        : options.Value.ServicePassword;

    public bool Matches(string? userName, string? password) =>
        userName == UserName && password is not null
        && CryptographicOperations.FixedTimeEquals(
            System.Text.Encoding.UTF8.GetBytes(password), System.Text.Encoding.UTF8.GetBytes(Password));
}

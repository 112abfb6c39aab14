using System.Security.Cryptography.X509Certificates;
using MQTTnet;
using MQTTnet.Formatter;

namespace Kiosk.Companion.Mqtt;

/// <summary>
/// How the companion's own MQTT clients reach the broker: MQTT 5, clean start, the embedded
/// broker on loopback or the external one with TLS (the system trust store, or only the CA in
/// Mqtt:CaFile), and the reconnect loop with back-off they share.
/// </summary>
public static class BrokerClient
{
    private static readonly TimeSpan FirstBackOff = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan MaxBackOff = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan CheckInterval = TimeSpan.FromMilliseconds(500);

    public static MqttClientOptionsBuilder Options(MqttOptions settings, string clientId, string userName, string password)
    {
        var builder = new MqttClientOptionsBuilder()
            .WithClientId(clientId)
            .WithCredentials(userName, password)
            .WithProtocolVersion(MqttProtocolVersion.V500)
            .WithCleanStart(true)
            .WithKeepAlivePeriod(TimeSpan.FromSeconds(15))
            .WithTcpServer(settings.Mode == MqttMode.Embedded ? "127.0.0.1" : settings.Host, settings.Port);
        return settings.Mode == MqttMode.External && settings.UseTls
            ? builder.WithTlsOptions(tls => ConfigureTls(tls, settings))
            : builder;
    }

    /// <summary>Connects with <paramref name="connect"/> whenever the client is down, backing off after failures, until stopped.</summary>
    public static async Task KeepConnectedAsync(IMqttClient client, Func<CancellationToken, Task> connect, string name, ILogger logger, CancellationToken stoppingToken)
    {
        var backOff = FirstBackOff;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (!client.IsConnected)
                {
                    await connect(stoppingToken);
                    backOff = FirstBackOff;
                }
                await Task.Delay(CheckInterval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            catch (Exception error)
            {
                logger.LogWarning("{Connection} MQTT connection failed ({Message}); retrying in {Delay}", name, error.Message, backOff);
                await Task.Delay(backOff, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
                backOff = TimeSpan.FromTicks(Math.Min(backOff.Ticks * 2, MaxBackOff.Ticks));
            }
        }
    }

    private static void ConfigureTls(MqttClientTlsOptionsBuilder tls, MqttOptions settings)
    {
        tls.UseTls();
        if (string.IsNullOrEmpty(settings.CaFile))
        {
            return;
        }
        var authority = X509Certificate2.CreateFromPemFile(settings.CaFile);
        tls.WithCertificateValidationHandler(context =>
        {
            if (context.Certificate is null)
            {
                return false;
            }
            using var chain = new X509Chain();
            chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
            chain.ChainPolicy.CustomTrustStore.Add(authority);
            chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
            return chain.Build(new X509Certificate2(context.Certificate));
        });
    }
}

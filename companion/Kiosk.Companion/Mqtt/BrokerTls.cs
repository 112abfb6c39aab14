using System.Security.Cryptography.X509Certificates;
using MQTTnet;

namespace Kiosk.Companion.Mqtt;

/// <summary>TLS to an external broker: the system trust store, or only the CA in Mqtt:CaFile.</summary>
public static class BrokerTls
{
    public static void Configure(MqttClientTlsOptionsBuilder tls, MqttOptions settings)
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

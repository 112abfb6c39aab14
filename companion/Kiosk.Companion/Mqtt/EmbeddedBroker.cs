using System.Net;
using Kiosk.Companion.Fleet;
using Kiosk.Companion.Ingest;
using Kiosk.Companion.Provisioning;
using Kiosk.Protocol.Topics;
using Microsoft.Extensions.Options;
using MQTTnet;
using MQTTnet.Protocol;
using MQTTnet.Server;

namespace Kiosk.Companion.Mqtt;

/// <summary>
/// The in-process MQTTnet broker of the default set-up. It authenticates kiosks against their
/// stored credential hash and enforces <see cref="KioskTopicAccess"/>; the companion's own client
/// (the service credential) may use every topic. MQTTnet's broker does not offer shared
/// subscriptions, which one instance does not need.
/// </summary>
public sealed class EmbeddedBroker(
    IOptions<MqttOptions> options,
    ServiceCredential service,
    KioskRegistry registry,
    RejectLedger rejects,
    ILogger<EmbeddedBroker> logger) : IHostedService, IAsyncDisposable
{
    private const string KioskItem = "kiosk.id";
    private const string GroupItem = "kiosk.group";

    private MqttServer? _server;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (settings.Mode != MqttMode.Embedded)
        {
            return;
        }
        var builder = new MqttServerOptionsBuilder()
            .WithDefaultEndpoint()
            .WithDefaultEndpointPort(settings.Port)
            .WithMaxPendingMessagesPerClient(settings.MaxPendingMessagesPerClient);
        builder = settings.ListenOnAllInterfaces
            ? builder.WithDefaultEndpointBoundIPAddress(IPAddress.Any).WithDefaultEndpointBoundIPV6Address(IPAddress.IPv6Any)
            : builder.WithDefaultEndpointBoundIPAddress(IPAddress.Loopback).WithDefaultEndpointBoundIPV6Address(IPAddress.IPv6None);
        _server = new MqttServerFactory().CreateMqttServer(builder.Build());
        _server.ValidatingConnectionAsync += ValidateConnectionAsync;
        _server.InterceptingPublishAsync += InterceptPublishAsync;
        _server.InterceptingSubscriptionAsync += InterceptSubscriptionAsync;
        await _server.StartAsync();
        logger.LogInformation("Embedded MQTT broker listening on {Address}:{Port}",
            settings.ListenOnAllInterfaces ? "0.0.0.0" : "127.0.0.1", settings.Port);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_server is null)
        {
            return;
        }
        try
        {
            await _server.StopAsync();
        }
        catch (InvalidOperationException error)
        {
            // MQTTnet 5.2's listener clean-up can race a connection that closes at the same
            // moment ("Collection was modified"); the sockets are closed either way, and failing
            // here would stop the rest of the shutdown.
            logger.LogWarning(error, "The embedded MQTT broker reported an error while stopping");
        }
    }

    /// <summary>
    /// Hands a message of the companion straight to the running embedded broker, as if its own
    /// client had published it; false in external mode or before the broker started. This spares
    /// the broker's one-client-at-a-time loop for the companion's connection, through which every
    /// ack would otherwise queue.
    /// </summary>
    public async Task<bool> TryInjectAsync(MqttApplicationMessage message, CancellationToken cancellationToken)
    {
        var server = _server;
        if (server is null || !server.IsStarted)
        {
            return false;
        }
        await server.InjectApplicationMessage(new InjectedMqttApplicationMessage(message) { SenderClientId = service.UserName }, cancellationToken);
        return true;
    }

    /// <summary>Ends a retired kiosk's open session; its credential already fails on reconnect.</summary>
    public async Task DisconnectKioskAsync(string kioskId)
    {
        if (_server is null)
        {
            return;
        }
        var clients = await _server.GetClientsAsync();
        foreach (var client in clients.Where(c => c.Id == kioskId))
        {
            await client.DisconnectAsync(new MqttServerClientDisconnectOptions { ReasonCode = MqttDisconnectReasonCode.AdministrativeAction });
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            _server.Dispose();
            _server = null;
        }
        await Task.CompletedTask;
    }

    private async Task ValidateConnectionAsync(ValidatingConnectionEventArgs e)
    {
        if (service.Matches(e.UserName, e.Password))
        {
            return;
        }

        var kioskId = e.UserName;
        KioskRecord? kiosk = null;
        if (kioskId is not null && TopicName.IsValidKioskId(kioskId) && e.ClientId == kioskId && e.Password is not null)
        {
            kiosk = await registry.FindAsync(kioskId, CancellationToken.None);
        }
        if (kiosk is null || !KioskCredential.Verify(e.Password!, kiosk.CredentialHash))
        {
            e.ReasonCode = MqttConnectReasonCode.BadUserNameOrPassword;
            rejects.Record(RejectReason.BadCredentials, "connect", kiosk?.Id);
            return;
        }

        e.SessionItems[KioskItem] = kiosk.Id;
        e.SessionItems[GroupItem] = kiosk.GroupId;
    }

    private Task InterceptPublishAsync(InterceptingPublishEventArgs e)
    {
        if (e.SessionItems[KioskItem] is not string kioskId)
        {
            // Only the service credential connects without a kiosk id.
            return Task.CompletedTask;
        }
        if (!KioskTopicAccess.MayPublish(kioskId, e.ApplicationMessage.Topic))
        {
            e.ProcessPublish = false;
            e.Response.ReasonCode = MqttPubAckReasonCode.NotAuthorized;
            rejects.Record(RejectReason.NotAuthorized, "publish", kioskId);
        }
        return Task.CompletedTask;
    }

    private Task InterceptSubscriptionAsync(InterceptingSubscriptionEventArgs e)
    {
        if (e.SessionItems[KioskItem] is not string kioskId)
        {
            return Task.CompletedTask;
        }
        if (!KioskTopicAccess.MaySubscribe(kioskId, (string)e.SessionItems[GroupItem]!, e.TopicFilter.Topic))
        {
            e.ProcessSubscription = false;
            e.Response.ReasonCode = MqttSubscribeReasonCode.NotAuthorized;
            rejects.Record(RejectReason.NotAuthorized, "subscribe", kioskId);
        }
        return Task.CompletedTask;
    }
}

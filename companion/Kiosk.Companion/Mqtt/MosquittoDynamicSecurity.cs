using System.Buffers;
using System.Text;
using System.Text.Json.Nodes;
using Kiosk.Protocol.Topics;
using Microsoft.Extensions.Options;
using MQTTnet;
using MQTTnet.Protocol;

namespace Kiosk.Companion.Mqtt;

/// <summary>
/// <see cref="KioskAccounts.MosquittoDynamicSecurity"/>: keeps each kiosk's client and role on
/// Mosquitto's dynamic security plugin by sending its JSON commands to
/// <c>$CONTROL/dynamic-security/v1</c> and reading the answers. One short connection per change:
/// kiosks are provisioned a few at a time, and a connection of its own keeps the control topic
/// away from the ingest. The role allows exactly <see cref="KioskTopicAccess"/>: publish the
/// kiosk's status, report and chunk-request; subscribe to its ack, config and chunk-response and
/// its group's catalog; and the client may only connect with the kiosk id as client id.
/// </summary>
public sealed class MosquittoDynamicSecurity(IOptions<MqttOptions> options, ServiceCredential credential, ILogger<MosquittoDynamicSecurity> logger)
    : IKioskAccountStore
{
    private const string ControlTopic = "$CONTROL/dynamic-security/v1";
    private const string ResponseTopic = ControlTopic + "/response";
    private static readonly TimeSpan AnswerTimeout = TimeSpan.FromSeconds(10);

    public static string RoleName(string kioskId) => "kiosk-" + kioskId;

    public async Task AddAsync(string kioskId, string groupId, string password, CancellationToken cancellationToken)
    {
        // Replacing rather than creating makes a retried provisioning (after a lost answer) work.
        var acls = new JsonArray();
        foreach (var topic in new[] { TopicName.Status(kioskId), TopicName.Report(kioskId), TopicName.ChunkRequest(kioskId) })
        {
            acls.Add(Acl("publishClientSend", topic));
        }
        foreach (var topic in new[] { TopicName.Ack(kioskId), TopicName.Config(kioskId), TopicName.ChunkResponse(kioskId), TopicName.Catalog(groupId) })
        {
            acls.Add(Acl("subscribeLiteral", topic));
        }

        var answers = await SendAsync(
            [
                Command("deleteClient", ("username", kioskId)),
                Command("deleteRole", ("rolename", RoleName(kioskId))),
                Command("createRole", ("rolename", RoleName(kioskId)), ("acls", acls)),
                Command("createClient", ("username", kioskId), ("password", password), ("clientid", kioskId),
                    ("roles", new JsonArray(new JsonObject { ["rolename"] = RoleName(kioskId) }))),
            ],
            cancellationToken);
        RequireSuccess(answers, from: 2);
        logger.LogInformation("Created the Mosquitto account of kiosk {KioskId} (group {GroupId})", kioskId, groupId);
    }

    public async Task RemoveAsync(string kioskId, CancellationToken cancellationToken)
    {
        // Deleting the client also disconnects it, so a retired kiosk's open session ends now.
        var answers = await SendAsync(
            [Command("deleteClient", ("username", kioskId)), Command("deleteRole", ("rolename", RoleName(kioskId)))],
            cancellationToken);
        foreach (var (command, error) in answers)
        {
            if (error is not null && !error.Contains("not found", StringComparison.OrdinalIgnoreCase))
            {
                throw new BrokerAccountException($"Mosquitto refused {command} for kiosk {kioskId}: {error}");
            }
        }
        logger.LogInformation("Removed the Mosquitto account of kiosk {KioskId}", kioskId);
    }

    private static JsonObject Acl(string type, string topic) =>
        new() { ["acltype"] = type, ["topic"] = topic, ["allow"] = true };

    private static JsonObject Command(string name, params (string Key, JsonNode? Value)[] members)
    {
        var command = new JsonObject { ["command"] = name };
        foreach (var (key, value) in members)
        {
            command[key] = value;
        }
        return command;
    }

    private static void RequireSuccess(IReadOnlyList<(string Command, string? Error)> answers, int from)
    {
        for (var i = from; i < answers.Count; i++)
        {
            if (answers[i].Error is { } error)
            {
                throw new BrokerAccountException($"Mosquitto refused {answers[i].Command}: {error}");
            }
        }
    }

    /// <summary>Sends the commands in one message; returns each command's name and error (null when it succeeded), in order.</summary>
    private async Task<IReadOnlyList<(string Command, string? Error)>> SendAsync(JsonObject[] commands, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        using var client = new MqttClientFactory().CreateMqttClient();
        var answer = new TaskCompletionSource<byte[]>(TaskCreationOptions.RunContinuationsAsynchronously);
        client.ApplicationMessageReceivedAsync += e =>
        {
            if (e.ApplicationMessage.Topic == ResponseTopic)
            {
                answer.TrySetResult(e.ApplicationMessage.Payload.ToArray());
            }
            return Task.CompletedTask;
        };

        var builder = BrokerClient.Options(
                settings,
                credential.UserName + "-accounts-" + Guid.NewGuid().ToString("N")[..8],
                settings.AccountsUserName ?? credential.UserName,
                settings.AccountsPassword ?? credential.Password)
            .WithTimeout(AnswerTimeout);

        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(AnswerTimeout);
            var connected = await client.ConnectAsync(builder.Build(), timeout.Token);
            if (connected.ResultCode != MqttClientConnectResultCode.Success)
            {
                throw new BrokerAccountException($"Mosquitto refused the account connection: {connected.ResultCode}.");
            }
            var subscribed = await client.SubscribeAsync(ResponseTopic, MqttQualityOfServiceLevel.AtLeastOnce, timeout.Token);
            if (subscribed.Items.Any(i => i.ResultCode > MqttClientSubscribeResultCode.GrantedQoS2))
            {
                throw new BrokerAccountException("The account user may not read " + ResponseTopic + "; give it Mosquitto's dynamic security admin role.");
            }
            var request = new JsonObject { ["commands"] = new JsonArray([.. commands]) };
            await client.PublishAsync(new MqttApplicationMessageBuilder()
                .WithTopic(ControlTopic)
                .WithPayload(Encoding.UTF8.GetBytes(request.ToJsonString()))
                .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce)
                .Build(), timeout.Token);
            var payload = await answer.Task.WaitAsync(timeout.Token);
            await client.DisconnectAsync(cancellationToken: CancellationToken.None);
            return ReadAnswers(payload, commands.Length);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new BrokerAccountException($"Mosquitto did not answer on {ResponseTopic} within {AnswerTimeout.TotalSeconds:0} s; is the dynamic security plugin loaded?");
        }
        catch (MQTTnet.Exceptions.MqttCommunicationException error)
        {
            throw new BrokerAccountException($"Could not reach Mosquitto at {settings.Host}:{settings.Port} to change kiosk accounts: {error.Message}", error);
        }
    }

    private static List<(string Command, string? Error)> ReadAnswers(byte[] payload, int expected)
    {
        var responses = JsonNode.Parse(payload)?["responses"]?.AsArray();
        if (responses is null || responses.Count != expected)
        {
            throw new BrokerAccountException("Mosquitto answered the account commands with something unexpected: " + Encoding.UTF8.GetString(payload));
        }
        return [.. responses.Select(r => ((string?)r?["command"] ?? "?", (string?)r?["error"]))];
    }
}

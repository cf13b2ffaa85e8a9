// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "keyvaultcommand.h"

#include "api/keyvaultclient.h"
#include "engine.h"

using namespace Qt::StringLiterals;

namespace PCAuth::Ctl {

namespace {

const QString Command = u"keyvault export"_s;

/// Empty when `vault` may receive the cloud's Key Vault token; else why not.
QString checkVaultUrl(const Cloud &cloud, const QUrl &vault)
{
    if (const QString problem = validateEndpoint(vault, Text::tr("Vault URL")); !problem.isEmpty())
        return problem;
    const QUrl own = cloud.endpoint(Service::KeyVault);
    if (!own.isEmpty() && own.host().compare(vault.host(), Qt::CaseInsensitive) == 0
        && own.port() == vault.port())
        return QString();
    // https://vault.azure.net -> any https://NAME.vault.azure.net
    const QString domain = QUrl(cloud.resource(Service::KeyVault)).host();
    if (!domain.isEmpty() && vault.scheme() == "https"_L1
        && vault.host().endsWith(u'.' + domain, Qt::CaseInsensitive))
        return QString();
    return Text::tr("Vault URL: %1 is not a Key Vault of the cloud %2 (expected a host under %3).")
        .arg(vault.host(), cloud.displayName(), domain);
}

int report(Context &context, const QString &name, const QUrl &vault, const ApiResult &result)
{
    if (!result.ok())
        return complain(context, Command, result.errorMessage(), ExitFailure);
    if (context.json) {
        printJson(context, QJsonObject{{u"vault"_s, vault.toString()},
                                       {u"name"_s, name},
                                       {u"status"_s, result.status},
                                       {u"requestId"_s, result.requestId},
                                       {u"correlationId"_s, result.correlationId}});
    } else {
        context.out << Text::tr("Exported the refresh token to %1 as secret %2.")
                           .arg(vault.toString(), name)
                    << '\n'
                    << Text::tr("Request id: %1 · correlation id: %2")
                           .arg(result.requestId, result.correlationId)
                    << '\n';
    }
    return ExitOk;
}

} // namespace

int runKeyVault(Context &context)
{
    if (context.arguments.value(0) != "export"_L1)
        return complain(context, u"keyvault"_s,
                        Text::tr("expected: keyvault export --profile P "
                                 "--vault URL [--name NAME]"),
                        ExitUsage);
    Context sub = subcommand(context, context.arguments.mid(1));
    QCommandLineParser parser;
    const QCommandLineOption profileOption(u"profile"_s, Text::tr("Profile name or id."), u"P"_s);
    const QCommandLineOption vaultOption(u"vault"_s, Text::tr("Vault URL."), u"URL"_s);
    const QCommandLineOption nameOption(u"name"_s, Text::tr("Secret name."), u"NAME"_s);
    parser.addOptions({profileOption, vaultOption, nameOption});
    int code = ExitOk;
    if (!parseCommand(sub, parser, Command, code))
        return code;
    if (!parser.isSet(profileOption) || !parser.isSet(vaultOption))
        return complain(context, Command, Text::tr("give --profile P and --vault URL"), ExitUsage);
    Engine engine(context);
    const Expected<ProfileInCloud> found = engine.profileInCloud(parser.value(profileOption));
    if (!found)
        return complain(context, Command, found.error(), ExitFailure);
    const Profile *profile = &found->profile;
    const Cloud *cloud = &found->cloud;
    const QUrl vault(parser.value(vaultOption), QUrl::StrictMode);
    if (const QString problem = checkVaultUrl(*cloud, vault); !problem.isEmpty())
        return complain(context, Command, problem, ExitUsage);
    const QString name = parser.isSet(nameOption) ? parser.value(nameOption)
                                                  : keyVaultSecretName(profile->partnerTenant);
    if (const QString problem = KeyVaultClient::validateSecretName(name); !problem.isEmpty())
        return complain(context, Command, problem, ExitUsage);

    // The Key Vault token first: its redemption may rotate the refresh token, and the export
    // must carry the newest one.
    const TokenKey key =
        TokenKey::delegated(profile->id, QString(), cloud->resource(Service::KeyVault));
    const AccessTokenResult token = engine.accessToken(key);
    if (!token.ok())
        return complain(context, Command, token.message, ExitFailure);
    const auto [loaded, record] = engine.refreshToken(profile->id);
    if (!loaded.ok())
        return complain(context, Command, loaded.message, ExitFailure);
    const std::unique_ptr<AccessTokenSource> tokens = engine.broker().source(key);
    KeyVaultClient client(engine.http(), *tokens);
    const ApiResult result = engine.await<ApiResult>([&](QObject *c, ApiCallback done) {
        client.putSecret(vault, name, record.refreshToken, c, done);
    });
    return report(context, name, vault, result);
}

} // namespace PCAuth::Ctl

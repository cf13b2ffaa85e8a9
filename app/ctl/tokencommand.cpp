// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "tokencommand.h"

#include "engine.h"

using namespace Qt::StringLiterals;

namespace PCAuth::Ctl {

namespace {

const QString Command = u"token"_s;

void printResult(Context &context, const TokenKey &key, const QString &audienceName,
                 const AccessTokenResult &result, bool showToken, const HealthFigures &figures)
{
    const QString tenant = key.tenant.isEmpty() ? Text::tr("partner tenant") : key.tenant;
    if (context.json) {
        QJsonObject object{{u"audience"_s, key.audience},
                           {u"tenant"_s, key.tenant},
                           {u"appOnly"_s, key.appOnly},
                           {u"expiresAt"_s, result.expiresAt.toUTC().toString(Qt::ISODate)},
                           {u"fromCache"_s, result.fromCache},
                           {u"token"_s, redactToken(result.accessToken)}};
        if (showToken)
            object.insert(u"accessToken"_s, result.accessToken);
        if (!result.warning.isEmpty())
            object.insert(u"warning"_s, result.warning);
        if (!key.appOnly)
            object.insert(u"lastRefresh"_s, figures.lastRefresh);
        printJson(context, object);
        return;
    }
    if (showToken) {
        // Only the token, so that TOKEN=$(pcauthctl token ... --show-token) just works.
        context.out << result.accessToken << '\n';
        return;
    }
    context.out << Text::tr("%1 token for %2 (%3) in %4")
                       .arg(key.appOnly ? Text::tr("App-only") : Text::tr("Delegated"),
                            audienceName, key.audience, tenant)
                << '\n'
                << Text::tr("Token:   %1").arg(redactToken(result.accessToken)) << '\n'
                << Text::tr("Expires: %1").arg(result.expiresAt.toUTC().toString(Qt::ISODate))
                << '\n';
    // The refresh token behind a delegated token, as the dashboard and health show it.
    if (!key.appOnly)
        printFigures(context.out, figures, QString(), false);
    context.out << Text::tr("Use --show-token to print the token itself.") << '\n';
}

} // namespace

int runToken(Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption profileOption(u"profile"_s, Text::tr("Profile name or id."), u"P"_s);
    const QCommandLineOption audienceOption(
        u"audience"_s, Text::tr("partner-center, graph, arm, keyvault, aad-graph or a URI."),
        u"A"_s, u"partner-center"_s);
    const QCommandLineOption tenantOption(
        u"tenant"_s, Text::tr("Customer tenant (default: the partner's)."), u"T"_s);
    const QCommandLineOption appOnlyOption(u"app-only"_s,
                                           Text::tr("App-only token (client credentials)."));
    const QCommandLineOption showOption(u"show-token"_s,
                                        Text::tr("Print the token itself on stdout."));
    parser.addOptions({profileOption, audienceOption, tenantOption, appOnlyOption, showOption});
    int code = ExitOk;
    if (!parseCommand(context, parser, Command, code))
        return code;
    if (!parser.isSet(profileOption))
        return complain(context, Command, Text::tr("Profile: give --profile NAME"), ExitUsage);
    Engine engine(context);
    const Expected<ProfileInCloud> found = engine.profileInCloud(parser.value(profileOption));
    if (!found)
        return complain(context, Command, found.error(), ExitFailure);
    const Profile *profile = &found->profile;
    const Cloud *cloud = &found->cloud;
    const Expected<QString> audience = audienceResource(*cloud, parser.value(audienceOption));
    if (!audience)
        return complain(context, Command, audience.error(), ExitUsage);
    const QString tenant = parser.value(tenantOption);
    if (!tenant.isEmpty()) {
        if (const QString problem = Cloud::validateTenant(tenant); !problem.isEmpty())
            return complain(context, Command, Text::tr("Tenant: %1").arg(problem), ExitUsage);
    }
    const TokenKey key = parser.isSet(appOnlyOption)
                             ? TokenKey::appOnlyFor(profile->id, tenant, *audience)
                             : TokenKey::delegated(profile->id, tenant, *audience);
    const AccessTokenResult result = engine.accessToken(key);
    if (!result.ok())
        return complain(context, Command, result.message, ExitFailure);
    const TokenMetadata meta = engine.broker().metadata(profile->id);
    const HealthFigures figures =
        healthFigures(meta, evaluateHealth(meta, engine.clock()), engine.clock());
    printResult(context, key, parser.value(audienceOption), result, parser.isSet(showOption),
                figures);
    if (!result.warning.isEmpty()) {
        context.err << Text::tr("pcauthctl token: warning: %1").arg(result.warning) << '\n';
        return ExitWarning;
    }
    return ExitOk;
}

} // namespace PCAuth::Ctl

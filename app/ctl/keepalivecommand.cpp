// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "keepalivecommand.h"

#include "engine.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace PCAuth::Ctl {

namespace {

const QString Command = u"keepalive"_s;

struct Outcome
{
    QString status; // "ok", "warning", "failed", "skipped"
    QString message;
    int code = ExitOk;
};

Outcome keepAlive(Engine &engine, const Profile &profile, bool skipWithoutConsent)
{
    const Expected<VaultIndex::Entry> entry =
        engine.vault().index().entry(profile.id, SecretKind::RefreshToken);
    if (skipWithoutConsent && entry.ok() && !entry->stored)
        return {u"skipped"_s, Text::tr("no consent recorded"), ExitOk};
    const Expected<Cloud> cloud = profile.cloud();
    if (!cloud)
        return {u"failed"_s, cloud.error(), ExitFailure};
    const AccessTokenResult result = engine.accessToken(
        TokenKey{profile.id, QString(), cloud->resource(Service::PartnerCenter), false});
    if (!result.ok())
        return {u"failed"_s, result.message, ExitFailure};
    if (!result.warning.isEmpty())
        return {u"warning"_s, result.warning, ExitWarning};
    return {u"ok"_s, Text::tr("refresh token redeemed; the 90-day inactivity clock starts again"),
            ExitOk};
}

} // namespace

int runKeepalive(Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption profileOption(u"profile"_s, Text::tr("Profile name or id."), u"P"_s);
    const QCommandLineOption allOption(u"all"_s, Text::tr("Every profile with a consent."));
    parser.addOptions({profileOption, allOption});
    int code = ExitOk;
    if (!parseCommand(context, parser, Command, code))
        return code;
    if (parser.isSet(profileOption) == parser.isSet(allOption))
        return complain(context, Command, Text::tr("give either --profile P or --all"), ExitUsage);
    Engine engine(context);
    const Expected<QList<Profile>> profiles = engine.selectProfiles(parser.value(profileOption));
    if (!profiles)
        return complain(context, Command, profiles.error(), ExitFailure);
    QJsonArray results;
    int worst = ExitOk;
    for (const Profile &profile : *profiles) {
        const Outcome outcome = keepAlive(engine, profile, parser.isSet(allOption));
        worst = std::max(worst, outcome.code);
        results.append(QJsonObject{{u"profile"_s, profile.name},
                                   {u"id"_s, profile.id},
                                   {u"status"_s, outcome.status},
                                   {u"message"_s, outcome.message}});
        if (outcome.code == ExitFailure)
            context.err << "pcauthctl keepalive: " << profile.name << ": " << outcome.message
                        << '\n';
        else if (!context.json)
            context.out << profile.name << ": " << outcome.status << " (" << outcome.message
                        << ")\n";
    }
    if (context.json)
        printJson(context, QJsonObject{{u"profiles"_s, results}});
    return worst;
}

} // namespace PCAuth::Ctl

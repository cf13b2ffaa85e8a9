// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "keepalivecommand.h"

#include "engine.h"
#include "session/keepalive.h"

#include <algorithm>

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace PCAuth::Ctl {

namespace {

const QString Command = u"keepalive"_s;

int exitCodeOf(KeepAliveRun::Status status)
{
    switch (status) {
    case KeepAliveRun::Status::Ok:
    case KeepAliveRun::Status::Skipped:
        return ExitOk;
    case KeepAliveRun::Status::Warning:
        return ExitWarning;
    case KeepAliveRun::Status::Failed:
        break;
    }
    return ExitFailure;
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
    KeepAliveRun job(engine.vault(), engine.broker(), nullptr);
    engine.await<bool>([&](QObject *waiting, const std::function<void(bool)> &done) {
        QObject::connect(&job, &KeepAliveRun::finished, waiting, [done] { done(true); });
        job.start(*profiles, parser.isSet(allOption));
    });
    // In the order asked for, whatever order the answers came in.
    QJsonArray results;
    int worst = ExitOk;
    const QList<KeepAliveRun::Outcome> outcomes = job.outcomes();
    for (const Profile &profile : *profiles) {
        const auto outcome = std::find_if(
            outcomes.cbegin(), outcomes.cend(),
            [&profile](const KeepAliveRun::Outcome &o) { return o.profileId == profile.id; });
        if (outcome == outcomes.cend())
            continue;
        const int exitCode = exitCodeOf(outcome->status);
        worst = std::max(worst, exitCode);
        const QString status = KeepAliveRun::statusId(outcome->status);
        results.append(QJsonObject{{u"profile"_s, profile.name},
                                   {u"id"_s, profile.id},
                                   {u"status"_s, status},
                                   {u"message"_s, outcome->message}});
        if (exitCode == ExitFailure)
            context.err << "pcauthctl keepalive: " << profile.name << ": " << outcome->message
                        << '\n';
        else if (!context.json)
            context.out << profile.name << ": " << status << " (" << outcome->message << ")\n";
    }
    if (context.json)
        printJson(context, QJsonObject{{u"profiles"_s, results}});
    return worst;
}

} // namespace PCAuth::Ctl

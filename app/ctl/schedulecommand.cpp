// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "schedulecommand.h"

#include "engine.h"
#include "schedule/keepaliveschedule.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace PCAuth::Ctl {

namespace {

const QString Command = u"schedule"_s;
constexpr qint64 Hour = 3600;
constexpr qint64 Day = 24 * Hour;

int finishWith(Context &context, const QString &done, const QStringList &notDone)
{
    if (context.json)
        printJson(context, QJsonObject{{u"result"_s, done},
                                       {u"runByHand"_s, QJsonArray::fromStringList(notDone)}});
    else
        context.out << done << '\n';
    if (notDone.isEmpty())
        return ExitOk;
    context.err << Text::tr("pcauthctl schedule: the scheduler was not updated; run:") << '\n';
    for (const QString &line : notDone)
        context.err << "  " << line << '\n';
    return ExitWarning;
}

QStringList pathsOf(const SchedulePlan &plan)
{
    QStringList paths;
    for (const ScheduleFile &file : plan.files)
        paths << file.path;
    return paths;
}

int install(Context &context, KeepAliveSchedule &schedule, std::chrono::seconds every)
{
    const auto installed = awaitAnswer<Expected<ScheduleStatus>>(
        [&](QObject *waiter, KeepAliveSchedule::InstallCallback done) {
            schedule.install(every, waiter, std::move(done));
        });
    // A failure with commands left to run means the files are written: a warning, not an error.
    if (!installed && schedule.runByHand().isEmpty())
        return complain(context, Command, installed.error(), ExitFailure);
    return finishWith(context,
                      Text::tr("Installed: %1").arg(pathsOf(schedule.plan(every)).join(u", "_s)),
                      schedule.runByHand());
}

int remove(Context &context, KeepAliveSchedule &schedule)
{
    const auto removed =
        awaitAnswer<Result>([&](QObject *waiter, KeepAliveSchedule::RemoveCallback done) {
            schedule.remove(waiter, std::move(done));
        });
    if (!removed && schedule.runByHand().isEmpty())
        return complain(context, Command, removed.error(), ExitFailure);
    return finishWith(context, Text::tr("Removed the keepalive schedule."), schedule.runByHand());
}

int status(Context &context, const KeepAliveSchedule &schedule)
{
    QJsonArray files;
    QString text;
    for (const ScheduleFile &planned : schedule.plan(std::chrono::seconds(0)).files) {
        QFile file(planned.path);
        const bool present = file.open(QIODevice::ReadOnly);
        const QString content = present ? QString::fromUtf8(file.readAll()) : QString();
        files.append(QJsonObject{
            {u"path"_s, planned.path}, {u"present"_s, present}, {u"content"_s, content}});
        text += (present ? u"present  "_s : u"missing  "_s) + planned.path + u'\n';
        static const QRegularExpression keys(
            u"^(OnCalendar|OnUnitActiveSec|ExecStart|StartInterval|Schedule|Command)=?.*$"_s,
            QRegularExpression::MultilineOption);
        for (auto it = keys.globalMatch(content); it.hasNext();)
            text += u"  "_s + it.next().captured(0) + u'\n';
    }
    const bool installed = schedule.status().installed;
    if (context.json) {
        printJson(context, QJsonObject{{u"installed"_s, installed}, {u"files"_s, files}});
        return ExitOk;
    }
    context.out << (installed ? Text::tr("Keepalive schedule: installed")
                              : Text::tr("Keepalive schedule: not installed"))
                << '\n'
                << text;
    return ExitOk;
}

} // namespace

std::optional<qint64> scheduleIntervalSeconds(const QString &every)
{
    if (every == "daily"_L1)
        return Day;
    if (every == "weekly"_L1)
        return 7 * Day;
    static const QRegularExpression pattern(u"^([0-9]{1,2})([hd])$"_s);
    const QRegularExpressionMatch match = pattern.match(every);
    if (!match.hasMatch())
        return std::nullopt;
    const int n = match.captured(1).toInt();
    const bool hours = match.captured(2) == "h"_L1;
    if (n < 1 || n > (hours ? 24 : 28) || (hours && 24 % n != 0))
        return std::nullopt;
    return hours ? n * Hour : n * Day;
}

int runSchedule(Context &context)
{
    const QString verb = context.arguments.value(0);
    if (verb != "install"_L1 && verb != "remove"_L1 && verb != "status"_L1)
        return complain(context, Command, Text::tr("expected install, remove or status"),
                        ExitUsage);
    Context sub = subcommand(context, context.arguments.mid(1));
    QCommandLineParser parser;
    const QCommandLineOption everyOption(
        u"every"_s, Text::tr("Interval: Nh (dividing 24) or Nd (1-28)."), u"INTERVAL"_s, u"7d"_s);
    parser.addOption(everyOption);
    int code = ExitOk;
    if (!parseCommand(sub, parser, Command + u' ' + verb, code))
        return code;
    const std::optional<qint64> seconds = scheduleIntervalSeconds(parser.value(everyOption));
    if (!seconds)
        return complain(
            context, Command,
            Text::tr("Every: give Nh (a divisor of 24) or Nd (1 to 28 days), not \"%1\"; "
                     "refresh tokens expire after 90 days without use.")
                .arg(parser.value(everyOption)),
            ExitUsage);
    // The job runs this pcauthctl, by absolute path.
    KeepAliveSchedule schedule(QCoreApplication::applicationFilePath(),
                               ProfileStore::defaultConfigDir(context.configDir));
    if (verb == "install"_L1)
        return install(context, schedule, std::chrono::seconds(*seconds));
    if (verb == "remove"_L1)
        return remove(context, schedule);
    return status(context, schedule);
}

} // namespace PCAuth::Ctl

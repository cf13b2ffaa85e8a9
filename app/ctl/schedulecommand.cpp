// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "schedulecommand.h"

#include "engine.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace PCAuth::Ctl {

namespace {

const QString Command = u"schedule"_s;
constexpr qint64 Hour = 3600;
constexpr qint64 Day = 24 * Hour;

/// The job's command line: this pcauthctl by absolute path, with the config folder made
/// explicit so the job finds the same profiles whatever its environment.
QStringList jobArguments(const QString &configDir)
{
    return {QCoreApplication::applicationFilePath(), u"--config-dir"_s, configDir, u"keepalive"_s,
            u"--all"_s};
}

[[maybe_unused]] QString quoted(const QString &argument)
{
    QString escaped = argument;
    escaped.replace(u'\\', "\\\\"_L1).replace(u'"', "\\\""_L1);
    return u'"' + escaped + u'"';
}

Expected<bool> writeFile(const QString &path, const QString &text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit())
        return fail(Text::tr("cannot write %1: %2").arg(path, file.errorString()));
    return true;
}

struct Plan
{
    QStringList files; // what install writes and remove deletes
    QStringList contents;
    QList<QStringList> installCommands; // run if the first word is on PATH
    QList<QStringList> removeCommands;
};

#if defined(Q_OS_MACOS)
Plan makePlan(const QString &configDir, qint64 seconds, const QString &)
{
    const QString path = QDir::homePath() + u"/Library/LaunchAgents/com.pcauth.keepalive.plist"_s;
    QString args;
    for (const QString &a : jobArguments(configDir))
        args += u"    <string>"_s + a.toHtmlEscaped() + u"</string>\n"_s;
    const QString plist =
        u"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST "
        "1.0//EN\" \"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n<plist version=\"1.0\">\n"
        "<dict>\n  <key>Label</key><string>com.pcauth.keepalive</string>\n"
        "  <key>ProgramArguments</key>\n  <array>\n"_s
        + args + u"  </array>\n  <key>StartInterval</key><integer>"_s + QString::number(seconds)
        + u"</integer>\n  <key>RunAtLoad</key><true/>\n</dict>\n</plist>\n"_s;
    return {{path},
            {plist},
            {{u"launchctl"_s, u"load"_s, u"-w"_s, path}},
            {{u"launchctl"_s, u"unload"_s, u"-w"_s, path}}};
}
#elif defined(Q_OS_WIN)
Plan makePlan(const QString &configDir, qint64 seconds, const QString &)
{
    QStringList quotedArgs;
    for (const QString &a : jobArguments(configDir))
        quotedArgs << quoted(a);
    const bool hours = seconds < Day;
    return {{},
            {},
            {{u"schtasks"_s, u"/Create"_s, u"/F"_s, u"/TN"_s, u"PCAuth Keepalive"_s, u"/SC"_s,
              hours ? u"HOURLY"_s : u"DAILY"_s, u"/MO"_s,
              QString::number(hours ? seconds / Hour : seconds / Day), u"/TR"_s,
              quotedArgs.join(u' ')}},
            {{u"schtasks"_s, u"/Delete"_s, u"/F"_s, u"/TN"_s, u"PCAuth Keepalive"_s}}};
}
#else
/// systemd's OnCalendar for the interval: every N hours from midnight, or every N days of
/// the month at 03:00 (the interval restarts on the 1st); Persistent=true catches up runs
/// missed while the machine was off.
QString onCalendar(qint64 seconds)
{
    if (seconds < Day)
        return u"*-*-* 00/%1:00:00"_s.arg(seconds / Hour);
    if (seconds == Day)
        return u"daily"_s;
    if (seconds == 7 * Day)
        return u"weekly"_s;
    return u"*-*-01/%1 03:00:00"_s.arg(seconds / Day);
}

Plan makePlan(const QString &configDir, qint64 seconds, const QString &every)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
                        + u"/systemd/user"_s;
    QStringList exec;
    for (const QString &a : jobArguments(configDir))
        exec << quoted(a);
    QString service = u"[Unit]\nDescription=PCAuth keepalive: redeem Partner Center refresh "
                      "tokens before they expire\n\n[Service]\nType=oneshot\n"_s;
    if (qEnvironmentVariableIsSet("PCAUTH_KEYCHAIN_SERVICE"))
        service += u"Environment=PCAUTH_KEYCHAIN_SERVICE="_s
                   + qEnvironmentVariable("PCAUTH_KEYCHAIN_SERVICE") + u'\n';
    service += u"ExecStart="_s + exec.join(u' ') + u'\n';
    const QString timer = u"[Unit]\nDescription=Run PCAuth keepalive every "_s + every
                          + u"\n\n[Timer]\nOnCalendar="_s + onCalendar(seconds)
                          + u"\nPersistent=true\nRandomizedDelaySec=15min\n\n[Install]\n"
                            "WantedBy=timers.target\n"_s;
    return {{dir + u"/pcauth-keepalive.service"_s, dir + u"/pcauth-keepalive.timer"_s},
            {service, timer},
            {{u"systemctl"_s, u"--user"_s, u"daemon-reload"_s},
             {u"systemctl"_s, u"--user"_s, u"enable"_s, u"--now"_s, u"pcauth-keepalive.timer"_s}},
            {{u"systemctl"_s, u"--user"_s, u"disable"_s, u"--now"_s, u"pcauth-keepalive.timer"_s},
             {u"systemctl"_s, u"--user"_s, u"daemon-reload"_s}}};
}
#endif

/// Runs the scheduler's commands; returns what failed or could not be run, as the command
/// lines the user should run by hand.
QStringList runCommands(const QList<QStringList> &commands)
{
    QStringList notDone;
    for (const QStringList &command : commands) {
        const QString program = QStandardPaths::findExecutable(command.first());
        bool ok = false;
        if (!program.isEmpty()) {
            QProcess process;
            process.start(program, command.mid(1));
            ok = process.waitForFinished(30000) && process.exitStatus() == QProcess::NormalExit
                 && process.exitCode() == 0;
        }
        if (!ok)
            notDone << command.join(u' ');
    }
    return notDone;
}

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

int install(Context &context, const Plan &plan)
{
    for (qsizetype i = 0; i < plan.files.size(); ++i) {
        if (const Expected<bool> written = writeFile(plan.files.at(i), plan.contents.at(i));
            !written)
            return complain(context, Command, written.error(), ExitFailure);
    }
    return finishWith(context,
                      Text::tr("Installed: %1")
                          .arg(plan.files.isEmpty() ? Text::tr("task") : plan.files.join(u", "_s)),
                      runCommands(plan.installCommands));
}

int remove(Context &context, const Plan &plan)
{
    const QStringList notDone = runCommands(plan.removeCommands);
    for (const QString &file : plan.files) {
        if (QFile::exists(file) && !QFile::remove(file))
            return complain(context, Command, Text::tr("cannot remove %1").arg(file), ExitFailure);
    }
    return finishWith(context, Text::tr("Removed the keepalive schedule."), notDone);
}

int status(Context &context, const Plan &plan)
{
    QJsonArray files;
    bool installed = !plan.files.isEmpty();
    QString text;
    for (const QString &path : plan.files) {
        QFile file(path);
        const bool present = file.open(QIODevice::ReadOnly);
        installed = installed && present;
        const QString content = present ? QString::fromUtf8(file.readAll()) : QString();
        files.append(
            QJsonObject{{u"path"_s, path}, {u"present"_s, present}, {u"content"_s, content}});
        text += (present ? u"present  "_s : u"missing  "_s) + path + u'\n';
        static const QRegularExpression keys(u"^(OnCalendar|ExecStart|StartInterval)=?.*$"_s,
                                             QRegularExpression::MultilineOption);
        for (auto it = keys.globalMatch(content); it.hasNext();)
            text += u"  "_s + it.next().captured(0) + u'\n';
    }
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
    Context sub{context.arguments.mid(1),
                context.json,
                context.configDir,
                context.out,
                context.err,
                context.in};
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
    const Plan plan = makePlan(ProfileStore::defaultConfigDir(context.configDir), *seconds,
                               parser.value(everyOption));
    if (verb == "install"_L1)
        return install(context, plan);
    if (verb == "remove"_L1)
        return remove(context, plan);
    return status(context, plan);
}

} // namespace PCAuth::Ctl

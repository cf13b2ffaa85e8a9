// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
// The pure half of the keep-alive schedule: interval parsing, quoting and the three
// schedulers' plans. Nothing here depends on the platform compiled for, so that the macOS and
// Windows plans are compiled and tested on Linux too.
#include "keepaliveschedule.h"

#include <QRegularExpression>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using std::chrono::seconds;

namespace PCAuth {

namespace {

constexpr qint64 Minute = 60;
constexpr qint64 Hour = 60 * Minute;
constexpr qint64 Day = 24 * Hour;
constexpr qint64 ShortestInterval = Hour;
constexpr qint64 LongestInterval = 30 * Day;

const QString SystemdService = u"pcauth-keepalive.service"_s;
const QString SystemdTimer = u"pcauth-keepalive.timer"_s;
const QString LaunchdLabel = u"com.pcauth.keepalive"_s;
const QString TaskName = u"PCAuth Keepalive"_s;
const QString TaskRecord = u"keepalive-task.txt"_s;

/// systemd's calendar expression when the interval is one (whole hours below a day, whole
/// days); empty otherwise. Every N hours from midnight, or every N days of the month at 03:00:
/// the gap at the end of a day or month is shorter, never longer, than the interval.
QString onCalendar(qint64 s)
{
    if (s <= 0)
        return {};
    if (s < Day && s % Hour == 0)
        return u"*-*-* 00/%1:00:00"_s.arg(s / Hour);
    if (s == Day)
        return u"daily"_s;
    if (s == 7 * Day)
        return u"weekly"_s;
    if (s % Day == 0)
        return u"*-*-01/%1 03:00:00"_s.arg(s / Day);
    return {};
}

/// A systemd time span: "7d", "36h", "90min" ("m" would read as months to a person).
QString systemdSpan(qint64 s)
{
    if (s % Day == 0)
        return u"%1d"_s.arg(s / Day);
    if (s % Hour == 0)
        return u"%1h"_s.arg(s / Hour);
    return u"%1min"_s.arg(s / Minute);
}

/// `Environment=NAME=value`, quoted when the value needs it.
QString systemdEnvironment(const std::pair<QString, QString> &variable)
{
    const QString assignment = variable.first + u'=' + variable.second;
    static const QRegularExpression plain(u"^[A-Za-z0-9_=./:@+-]*$"_s);
    return u"Environment="_s
           + (plain.match(assignment).hasMatch() ? assignment : systemdQuoted(assignment)) + u'\n';
}

/// schtasks can only say MINUTE 1-1439, HOURLY 1-23 or DAILY 1-365: anything else is rounded
/// down to whole days (more often is safe for a keep-alive, less often is not).
std::pair<QString, qint64> taskSchedule(qint64 s)
{
    if (s % Day == 0 || s > Day)
        return {u"DAILY"_s, std::max<qint64>(1, s / Day)};
    if (s % Hour == 0)
        return {u"HOURLY"_s, s / Hour};
    return {u"MINUTE"_s, std::max<qint64>(1, s / Minute)};
}

qint64 taskScheduleSeconds(const std::pair<QString, qint64> &schedule)
{
    const qint64 unit = schedule.first == "DAILY"_L1    ? Day
                        : schedule.first == "HOURLY"_L1 ? Hour
                                                        : Minute;
    return unit * schedule.second;
}

QString fileContent(const QList<ScheduleFile> &files, const QString &name)
{
    for (const ScheduleFile &file : files) {
        if (file.path.endsWith(u'/' + name))
            return file.content;
    }
    return {};
}

/// The `Key=value` line's value in a unit or record file, or empty.
QString keyValue(const QString &content, const QString &key)
{
    const QRegularExpression line(u"^"_s + QRegularExpression::escape(key) + u"=(.*)$"_s,
                                  QRegularExpression::MultilineOption);
    return line.match(content).captured(1).trimmed();
}

qint64 systemdInterval(const QString &timer)
{
    const QString calendar = keyValue(timer, u"OnCalendar"_s);
    if (calendar == "daily"_L1)
        return Day;
    if (calendar == "weekly"_L1)
        return 7 * Day;
    static const QRegularExpression hours(u"^\\*-\\*-\\* 00/([0-9]+):00:00$"_s);
    static const QRegularExpression days(u"^\\*-\\*-01/([0-9]+) 03:00:00$"_s);
    if (const auto m = hours.match(calendar); m.hasMatch())
        return m.captured(1).toLongLong() * Hour;
    if (const auto m = days.match(calendar); m.hasMatch())
        return m.captured(1).toLongLong() * Day;
    static const QRegularExpression span(u"^([0-9]+)(d|h|min)$"_s);
    const auto m = span.match(keyValue(timer, u"OnUnitActiveSec"_s));
    if (!m.hasMatch())
        return 0;
    const qint64 unit = m.captured(2) == "d"_L1 ? Day : m.captured(2) == "h"_L1 ? Hour : Minute;
    return m.captured(1).toLongLong() * unit;
}

qint64 launchdInterval(const QString &plist)
{
    QXmlStreamReader xml(plist);
    bool intervalNext = false; // the last <key> was StartInterval
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == "key"_L1)
            intervalNext = xml.readElementText() == "StartInterval"_L1;
        else if (intervalNext && xml.name() == "integer"_L1)
            return xml.readElementText().toLongLong();
        else
            intervalNext = false;
    }
    return 0;
}

} // namespace

Scheduler nativeScheduler()
{
#if defined(Q_OS_MACOS)
    return Scheduler::Launchd;
#elif defined(Q_OS_WIN)
    return Scheduler::TaskScheduler;
#else
    return Scheduler::SystemdUser;
#endif
}

QString schedulerName(Scheduler scheduler)
{
    switch (scheduler) {
    case Scheduler::SystemdUser:
        return KeepAliveSchedule::tr("systemd user timer");
    case Scheduler::Launchd:
        return KeepAliveSchedule::tr("launchd agent");
    case Scheduler::TaskScheduler:
        return KeepAliveSchedule::tr("Task Scheduler task");
    }
    return {};
}

Expected<seconds> parseScheduleInterval(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return fail(KeepAliveSchedule::tr("Every: give an interval such as 12h or 7d."));
    static const QRegularExpression pattern(u"^([0-9]{1,6})\\s*([mhd])$"_s);
    const QRegularExpressionMatch match = pattern.match(trimmed);
    if (!match.hasMatch())
        return fail(
            KeepAliveSchedule::tr("Every: \"%1\" is not an interval; give a number followed by m "
                                  "(minutes), h (hours) or d (days), such as 12h or 7d.")
                .arg(trimmed));
    const QString unit = match.captured(2);
    const qint64 value = match.captured(1).toLongLong()
                         * (unit == "d"_L1   ? Day
                            : unit == "h"_L1 ? Hour
                                             : Minute);
    if (value < ShortestInterval)
        return fail(KeepAliveSchedule::tr("Every: \"%1\" is too often; give at least 1 hour.")
                        .arg(trimmed));
    if (value > LongestInterval)
        return fail(KeepAliveSchedule::tr(
                        "Every: \"%1\" is too long; give at most 30 days, well within the 90 "
                        "days after which an unused refresh token expires.")
                        .arg(trimmed));
    return seconds(value);
}

QString formatScheduleInterval(seconds every)
{
    const qint64 s = every.count();
    if (s > 0 && s % Day == 0)
        return u"%1d"_s.arg(s / Day);
    if (s > 0 && s % Hour == 0)
        return u"%1h"_s.arg(s / Hour);
    return u"%1m"_s.arg(s / Minute);
}

QStringList keepAliveArguments(const QString &program, const QString &configDir)
{
    return {program, u"--config-dir"_s, configDir, u"keepalive"_s, u"--all"_s};
}

QString systemdQuoted(const QString &argument)
{
    QString escaped = argument;
    escaped.replace(u'\\', "\\\\"_L1)
        .replace(u'"', "\\\""_L1)
        .replace(u'\n', "\\n"_L1)
        .replace(u'%', "%%"_L1)
        .replace(u'$', "$$"_L1);
    return u'"' + escaped + u'"';
}

QString windowsQuoted(const QString &argument)
{
    static const QRegularExpression needsQuotes(u"[ \\t\\n\\v\"]"_s);
    if (!argument.isEmpty() && !argument.contains(needsQuotes))
        return argument;
    QString quoted = u"\""_s;
    qsizetype backslashes = 0;
    for (const QChar c : argument) {
        if (c == u'\\') {
            ++backslashes;
            continue;
        }
        // Backslashes are literal unless a quote follows: then each one is doubled.
        quoted += QString(c == u'"' ? 2 * backslashes + 1 : backslashes, u'\\') + c;
        backslashes = 0;
    }
    return quoted + QString(2 * backslashes, u'\\') + u'"';
}

SchedulePlan systemdPlan(const KeepAliveJob &job)
{
    QStringList exec;
    for (const QString &argument : job.arguments)
        exec << systemdQuoted(argument);
    QString service = u"[Unit]\nDescription=PCAuth keepalive: redeem Partner Center refresh "
                      "tokens before they expire\n\n[Service]\nType=oneshot\n"_s;
    for (const auto &variable : job.environment)
        service += systemdEnvironment(variable);
    service += u"ExecStart="_s + exec.join(u' ') + u'\n';

    const qint64 s = job.every.count();
    const QString calendar = onCalendar(s);
    const QString trigger = calendar.isEmpty()
                                ? QString(u"OnBootSec=15min\nOnUnitActiveSec="_s + systemdSpan(s))
                                : QString(u"OnCalendar="_s + calendar + u"\nPersistent=true"_s);
    const QString timer = u"[Unit]\nDescription=Run PCAuth keepalive every "_s
                          + formatScheduleInterval(job.every) + u"\n\n[Timer]\n"_s + trigger
                          + u"\nRandomizedDelaySec=15min\n\n[Install]\nWantedBy=timers.target\n"_s;
    const QString dir = job.directory + u'/';
    return {Scheduler::SystemdUser,
            {{dir + SystemdService, service}, {dir + SystemdTimer, timer}},
            {{u"systemctl"_s, u"--user"_s, u"daemon-reload"_s},
             {u"systemctl"_s, u"--user"_s, u"enable"_s, u"--now"_s, SystemdTimer}},
            {{u"systemctl"_s, u"--user"_s, u"disable"_s, u"--now"_s, SystemdTimer},
             {u"systemctl"_s, u"--user"_s, u"daemon-reload"_s}}};
}

SchedulePlan launchdPlan(const KeepAliveJob &job)
{
    const QString path = job.directory + u'/' + LaunchdLabel + u".plist"_s;
    QString arguments;
    for (const QString &argument : job.arguments)
        arguments += u"    <string>"_s + argument.toHtmlEscaped() + u"</string>\n"_s;
    QString environment;
    if (!job.environment.isEmpty()) {
        environment = u"  <key>EnvironmentVariables</key>\n  <dict>\n"_s;
        for (const auto &[name, value] : job.environment)
            environment += u"    <key>"_s + name.toHtmlEscaped() + u"</key><string>"_s
                           + value.toHtmlEscaped() + u"</string>\n"_s;
        environment += u"  </dict>\n"_s;
    }
    const QString plist =
        u"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST "
        "1.0//EN\" \"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n<plist version=\"1.0\">\n"
        "<dict>\n  <key>Label</key><string>"_s
        + LaunchdLabel + u"</string>\n  <key>ProgramArguments</key>\n  <array>\n"_s + arguments
        + u"  </array>\n"_s + environment + u"  <key>StartInterval</key><integer>"_s
        + QString::number(job.every.count())
        + u"</integer>\n  <key>RunAtLoad</key><true/>\n</dict>\n</plist>\n"_s;
    return {Scheduler::Launchd,
            {{path, plist}},
            {{u"launchctl"_s, u"load"_s, u"-w"_s, path}},
            {{u"launchctl"_s, u"unload"_s, u"-w"_s, path}}};
}

SchedulePlan taskSchedulerPlan(const KeepAliveJob &job)
{
    QStringList command;
    for (const QString &argument : job.arguments)
        command << windowsQuoted(argument);
    const auto schedule = taskSchedule(job.every.count());
    const QStringList create{u"schtasks"_s,  u"/Create"_s,      u"/F"_s,
                             u"/TN"_s,       TaskName,          u"/SC"_s,
                             schedule.first, u"/MO"_s,          QString::number(schedule.second),
                             u"/TR"_s,       command.join(u' ')};
    // Task Scheduler keeps no file of ours: this record lets status() answer without schtasks.
    const QString record =
        u"# PCAuth keepalive: the Task Scheduler task \"%1\"\nEverySeconds=%2\n"
        "Schedule=/SC %3 /MO %4\nCommand=%5\n"_s.arg(
            TaskName, QString::number(taskScheduleSeconds(schedule)), schedule.first,
            QString::number(schedule.second), command.join(u' '));
    return {Scheduler::TaskScheduler,
            {{job.directory + u'/' + TaskRecord, record}},
            {create},
            {{u"schtasks"_s, u"/Delete"_s, u"/F"_s, u"/TN"_s, TaskName}}};
}

SchedulePlan schedulePlan(Scheduler scheduler, const KeepAliveJob &job)
{
    switch (scheduler) {
    case Scheduler::Launchd:
        return launchdPlan(job);
    case Scheduler::TaskScheduler:
        return taskSchedulerPlan(job);
    case Scheduler::SystemdUser:
        break;
    }
    return systemdPlan(job);
}

seconds plannedInterval(Scheduler scheduler, const QList<ScheduleFile> &files)
{
    switch (scheduler) {
    case Scheduler::SystemdUser:
        return seconds(systemdInterval(fileContent(files, SystemdTimer)));
    case Scheduler::Launchd:
        return seconds(launchdInterval(fileContent(files, LaunchdLabel + u".plist"_s)));
    case Scheduler::TaskScheduler:
        return seconds(keyValue(fileContent(files, TaskRecord), u"EverySeconds"_s).toLongLong());
    }
    return seconds(0);
}

} // namespace PCAuth

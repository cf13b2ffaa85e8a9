// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
// The keep-alive schedule: the three schedulers' plans (built and checked on every platform),
// interval parsing, and install/status/remove in a temporary home with stand-in schedulers.
#include "schedule/keepaliveschedule.h"

#include <optional>

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace PCAuth;
using namespace Qt::StringLiterals;
using std::chrono::seconds;

namespace {

constexpr qint64 Hour = 3600;
constexpr qint64 Day = 24 * Hour;

/// Paths as users have them: spaces, quotes, XML and shell specials, a trailing backslash.
const QString UnixProgram = u"/opt/PC Auth/bin/pcauthctl"_s;
const QString UnixConfig = u"/home/ann/My \"R&D\" <config> 100% $HOME\\x"_s;
const QString WindowsProgram = u"C:\\Program Files\\PCAuth\\pcauthctl.exe"_s;
const QString WindowsConfig = u"C:\\Users\\Ann Lee\\AppData\\Roaming\\PCAuth\\"_s;

KeepAliveJob job(const QString &program, const QString &config, qint64 every)
{
    return {keepAliveArguments(program, config), seconds(every), u"/tmp/units"_s, {}};
}

QString lineStarting(const QString &text, const QString &key)
{
    const QRegularExpression line(u"^"_s + QRegularExpression::escape(key) + u".*$"_s,
                                  QRegularExpression::MultilineOption);
    return line.match(text).captured(0);
}

/// CommandLineToArgvW's rules, to read back what windowsQuoted() wrote the way Windows will.
QStringList windowsSplit(const QString &line)
{
    QStringList words;
    QString word;
    bool inQuotes = false, inWord = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (c == u'\\') {
            qsizetype n = 0;
            while (i < line.size() && line.at(i) == u'\\')
                ++n, ++i;
            if (i < line.size() && line.at(i) == u'"') {
                word += QString(n / 2, u'\\');
                if (n % 2 == 1)
                    word += u'"';
                else
                    inQuotes = !inQuotes;
            } else {
                word += QString(n, u'\\');
                --i;
            }
            inWord = true;
        } else if (c == u'"') {
            inQuotes = !inQuotes;
            inWord = true;
        } else if (c == u' ' && !inQuotes) {
            if (inWord)
                words << word;
            word.clear();
            inWord = false;
        } else {
            word += c;
            inWord = true;
        }
    }
    if (inWord)
        words << word;
    return words;
}

/// The arguments of a plist's ProgramArguments array, read with a real XML parser.
struct PlistRead
{
    QString error;
    QString label;
    QStringList arguments;
    QString startInterval;
    QStringList environment;
};

PlistRead readPlist(const QString &plist)
{
    PlistRead read;
    QXmlStreamReader xml(plist);
    QString key;
    QString section;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::EndElement && xml.name() == "dict"_L1)
            section.clear(); // the end of EnvironmentVariables (or of the whole plist)
        if (token != QXmlStreamReader::StartElement)
            continue;
        const QString name = xml.name().toString();
        if (name == "key"_L1) {
            key = xml.readElementText();
            if (key == "ProgramArguments"_L1 || key == "EnvironmentVariables"_L1)
                section = key;
            else if (section == "EnvironmentVariables"_L1)
                read.environment << key;
            else
                section.clear();
        } else if (name == "string"_L1) {
            const QString value = xml.readElementText();
            if (section == "ProgramArguments"_L1)
                read.arguments << value;
            else if (section == "EnvironmentVariables"_L1)
                read.environment.last() += u'=' + value;
            else if (key == "Label"_L1)
                read.label = value;
        } else if (name == "integer"_L1 && key == "StartInterval"_L1) {
            read.startInterval = xml.readElementText();
        }
    }
    if (xml.hasError())
        read.error = xml.errorString();
    return read;
}

bool writeScript(const QString &path, const QByteArray &body)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write("#!/bin/sh\n" + body) > 0
           && file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class tst_KeepAliveSchedule final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qunsetenv("PCAUTH_KEYCHAIN_SERVICE");
        m_path = qEnvironmentVariable("PATH");
    }
    void cleanup() { qputenv("PATH", m_path.toLocal8Bit()); }

    void intervalsAccepted_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("expected");
        QTest::addColumn<QString>("formatted");
        QTest::addRow("7 days") << u"7d"_s << 7 * Day << u"7d"_s;
        QTest::addRow("12 hours") << u"12h"_s << 12 * Hour << u"12h"_s;
        QTest::addRow("90 minutes") << u"90m"_s << 90 * 60LL << u"90m"_s;
        QTest::addRow("shortest") << u"1h"_s << Hour << u"1h"_s;
        QTest::addRow("60 minutes is 1 hour") << u"60m"_s << Hour << u"1h"_s;
        QTest::addRow("48 hours is 2 days") << u"48h"_s << 2 * Day << u"2d"_s;
        QTest::addRow("longest") << u"30d"_s << 30 * Day << u"30d"_s;
        QTest::addRow("spaces") << u" 7 d "_s << 7 * Day << u"7d"_s;
    }
    void intervalsAccepted()
    {
        QFETCH(QString, text);
        QFETCH(qint64, expected);
        QFETCH(QString, formatted);
        const Expected<seconds> parsed = parseScheduleInterval(text);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
        QCOMPARE(parsed.value().count(), expected);
        QCOMPARE(formatScheduleInterval(parsed.value()), formatted);
        QCOMPARE(parseScheduleInterval(formatted).value().count(), expected);
    }

    void intervalsRefusedWithAMessage_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        const QString notInterval = u"Every: \"%1\" is not an interval; give a number followed "
                                    "by m (minutes), h (hours) or d (days), such as 12h or 7d."_s;
        QTest::addRow("empty") << u""_s << u"Every: give an interval such as 12h or 7d."_s;
        QTest::addRow("blank") << u"  "_s << u"Every: give an interval such as 12h or 7d."_s;
        QTest::addRow("weeks") << u"2w"_s << notInterval.arg(u"2w"_s);
        QTest::addRow("word") << u"fortnightly"_s << notInterval.arg(u"fortnightly"_s);
        QTest::addRow("no unit") << u"7"_s << notInterval.arg(u"7"_s);
        QTest::addRow("negative") << u"-1d"_s << notInterval.arg(u"-1d"_s);
        QTest::addRow("fraction") << u"1.5d"_s << notInterval.arg(u"1.5d"_s);
        QTest::addRow("upper case") << u"7D"_s << notInterval.arg(u"7D"_s);
        QTest::addRow("59 minutes")
            << u"59m"_s << u"Every: \"59m\" is too often; give at least 1 hour."_s;
        QTest::addRow("zero") << u"0h"_s << u"Every: \"0h\" is too often; give at least 1 hour."_s;
        const QString tooLong = u"Every: \"%1\" is too long; give at most 30 days, well within the "
                                "90 days after which an unused refresh token expires."_s;
        QTest::addRow("31 days") << u"31d"_s << tooLong.arg(u"31d"_s);
        QTest::addRow("721 hours") << u"721h"_s << tooLong.arg(u"721h"_s);
        QTest::addRow("90 days") << u"90d"_s << tooLong.arg(u"90d"_s);
    }
    void intervalsRefusedWithAMessage()
    {
        QFETCH(QString, text);
        QFETCH(QString, message);
        const Expected<seconds> parsed = parseScheduleInterval(text);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error(), message);
    }

    void systemdExecStartQuotesEveryArgument()
    {
        const SchedulePlan plan = systemdPlan(job(UnixProgram, UnixConfig, 7 * Day));
        QCOMPARE(plan.files.size(), 2);
        QCOMPARE(plan.files.at(0).path, u"/tmp/units/pcauth-keepalive.service"_s);
        QCOMPARE(plan.files.at(1).path, u"/tmp/units/pcauth-keepalive.timer"_s);
        // systemd's rules: C escapes inside quotes, %% for a percent, $$ for a dollar.
        QCOMPARE(lineStarting(plan.files.at(0).content, u"ExecStart="_s),
                 u"ExecStart=\"/opt/PC Auth/bin/pcauthctl\" \"--config-dir\" "
                 "\"/home/ann/My \\\"R&D\\\" <config> 100%% $$HOME\\\\x\" \"keepalive\" "
                 "\"--all\""_s);
        QVERIFY(plan.files.at(0).content.contains(u"\nType=oneshot\n"_s));
        QCOMPARE(lineStarting(plan.files.at(0).content, u"Environment"_s), QString());
    }

    void systemdEnvironmentIsPassedToTheJob_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("line");
        QTest::addRow("plain") << u"pcauth-test.1"_s
                               << u"Environment=PCAUTH_KEYCHAIN_SERVICE=pcauth-test.1"_s;
        QTest::addRow("space") << u"my vault"_s
                               << u"Environment=\"PCAUTH_KEYCHAIN_SERVICE=my vault\""_s;
    }
    void systemdEnvironmentIsPassedToTheJob()
    {
        QFETCH(QString, value);
        QFETCH(QString, line);
        KeepAliveJob withEnvironment = job(UnixProgram, UnixConfig, Day);
        withEnvironment.environment.append({u"PCAUTH_KEYCHAIN_SERVICE"_s, value});
        const QString service = systemdPlan(withEnvironment).files.at(0).content;
        QCOMPARE(lineStarting(service, u"Environment="_s), line);
        QVERIFY(service.indexOf(u"Environment="_s) < service.indexOf(u"ExecStart="_s));
    }

    void systemdTimerTriggers_data()
    {
        QTest::addColumn<qint64>("every");
        QTest::addColumn<QString>("trigger");
        QTest::addColumn<bool>("persistent");
        QTest::addRow("1h") << Hour << u"OnCalendar=*-*-* 00/1:00:00"_s << true;
        QTest::addRow("12h") << 12 * Hour << u"OnCalendar=*-*-* 00/12:00:00"_s << true;
        QTest::addRow("7h") << 7 * Hour << u"OnCalendar=*-*-* 00/7:00:00"_s << true;
        QTest::addRow("1d") << Day << u"OnCalendar=daily"_s << true;
        QTest::addRow("7d") << 7 * Day << u"OnCalendar=weekly"_s << true;
        QTest::addRow("10d") << 10 * Day << u"OnCalendar=*-*-01/10 03:00:00"_s << true;
        QTest::addRow("90m") << 90 * 60LL << u"OnUnitActiveSec=90min"_s << false;
        QTest::addRow("36h") << 36 * Hour << u"OnUnitActiveSec=36h"_s << false;
    }
    void systemdTimerTriggers()
    {
        QFETCH(qint64, every);
        QFETCH(QString, trigger);
        QFETCH(bool, persistent);
        const SchedulePlan plan = systemdPlan(job(UnixProgram, UnixConfig, every));
        const QString timer = plan.files.at(1).content;
        const QString key = trigger.section(u'=', 0, 0);
        QCOMPARE(lineStarting(timer, key + u'='), trigger);
        QCOMPARE(timer.contains(u"\nPersistent=true\n"_s), persistent);
        // A monotonic timer needs a start after boot, or it would never run after a reboot.
        QCOMPARE(timer.contains(u"\nOnBootSec=15min\n"_s), !persistent);
        QVERIFY(timer.contains(u"\n[Install]\nWantedBy=timers.target\n"_s));
        QCOMPARE(lineStarting(timer, u"Description="_s),
                 u"Description=Run PCAuth keepalive every "_s
                     + formatScheduleInterval(seconds(every)));
        QCOMPARE(plannedInterval(Scheduler::SystemdUser, plan.files).count(), every);
        QCOMPARE(plan.installCommands,
                 (QList<QStringList>{{u"systemctl"_s, u"--user"_s, u"daemon-reload"_s},
                                     {u"systemctl"_s, u"--user"_s, u"enable"_s, u"--now"_s,
                                      u"pcauth-keepalive.timer"_s}}));
        QCOMPARE(plan.removeCommands.first(),
                 (QStringList{u"systemctl"_s, u"--user"_s, u"disable"_s, u"--now"_s,
                              u"pcauth-keepalive.timer"_s}));
    }

    void launchdPlistIsWellFormed_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addColumn<QString>("config");
        QTest::addColumn<qint64>("every");
        QTest::addRow("plain, 7d")
            << u"/usr/local/bin/pcauthctl"_s << u"/Users/ann/.pcauth"_s << 7 * Day;
        QTest::addRow("spaces and XML specials, 12h") << UnixProgram << UnixConfig << 12 * Hour;
        QTest::addRow("apostrophe, 90m")
            << u"/Applications/Ann's PCAuth.app/Contents/MacOS/pcauthctl"_s
            << u"/Users/ann/Library/Application Support/PCAuth &co"_s << 90 * 60LL;
    }
    void launchdPlistIsWellFormed()
    {
        QFETCH(QString, program);
        QFETCH(QString, config);
        QFETCH(qint64, every);
        KeepAliveJob withEnvironment = job(program, config, every);
        withEnvironment.directory = u"/Users/ann/Library/LaunchAgents"_s;
        withEnvironment.environment.append({u"PCAUTH_KEYCHAIN_SERVICE"_s, u"a<b>&c"_s});
        const SchedulePlan plan = launchdPlan(withEnvironment);
        QCOMPARE(plan.files.size(), 1);
        const QString path = u"/Users/ann/Library/LaunchAgents/com.pcauth.keepalive.plist"_s;
        QCOMPARE(plan.files.at(0).path, path);
        const PlistRead read = readPlist(plan.files.at(0).content);
        QCOMPARE(read.error, QString());
        QCOMPARE(read.label, u"com.pcauth.keepalive"_s);
        QCOMPARE(read.arguments,
                 (QStringList{program, u"--config-dir"_s, config, u"keepalive"_s, u"--all"_s}));
        QCOMPARE(read.startInterval, QString::number(every));
        QCOMPARE(read.environment, QStringList{u"PCAUTH_KEYCHAIN_SERVICE=a<b>&c"_s});
        QCOMPARE(plannedInterval(Scheduler::Launchd, plan.files).count(), every);
        QCOMPARE(plan.installCommands,
                 (QList<QStringList>{{u"launchctl"_s, u"load"_s, u"-w"_s, path}}));
        QCOMPARE(plan.removeCommands,
                 (QList<QStringList>{{u"launchctl"_s, u"unload"_s, u"-w"_s, path}}));
    }

    void taskSchedulerCommandLine_data()
    {
        QTest::addColumn<qint64>("every");
        QTest::addColumn<QString>("schedule");
        QTest::addColumn<QString>("modifier");
        QTest::addColumn<qint64>("effective");
        QTest::addRow("12h") << 12 * Hour << u"HOURLY"_s << u"12"_s << 12 * Hour;
        QTest::addRow("1d") << Day << u"DAILY"_s << u"1"_s << Day;
        QTest::addRow("7d") << 7 * Day << u"DAILY"_s << u"7"_s << 7 * Day;
        QTest::addRow("30d") << 30 * Day << u"DAILY"_s << u"30"_s << 30 * Day;
        QTest::addRow("90m") << 90 * 60LL << u"MINUTE"_s << u"90"_s << 90 * 60LL;
        // HOURLY stops at 23: 36 hours is rounded down to daily (more often is safe).
        QTest::addRow("36h rounds down") << 36 * Hour << u"DAILY"_s << u"1"_s << Day;
    }
    void taskSchedulerCommandLine()
    {
        QFETCH(qint64, every);
        QFETCH(QString, schedule);
        QFETCH(QString, modifier);
        QFETCH(qint64, effective);
        const SchedulePlan plan = taskSchedulerPlan(job(WindowsProgram, WindowsConfig, every));
        QCOMPARE(plan.installCommands.size(), 1);
        const QStringList create = plan.installCommands.first();
        QCOMPARE(create.mid(0, 9),
                 (QStringList{u"schtasks"_s, u"/Create"_s, u"/F"_s, u"/TN"_s, u"PCAuth Keepalive"_s,
                              u"/SC"_s, schedule, u"/MO"_s, modifier}));
        QCOMPARE(create.at(9), u"/TR"_s);
        // The trailing backslash is doubled so that it does not escape the closing quote.
        QCOMPARE(create.at(10),
                 u"\"C:\\Program Files\\PCAuth\\pcauthctl.exe\" --config-dir "
                 "\"C:\\Users\\Ann Lee\\AppData\\Roaming\\PCAuth\\\\\" keepalive --all"_s);
        QCOMPARE(windowsSplit(create.at(10)), keepAliveArguments(WindowsProgram, WindowsConfig));
        QCOMPARE(plannedInterval(Scheduler::TaskScheduler, plan.files).count(), effective);
        QCOMPARE(plan.files.at(0).path, u"/tmp/units/keepalive-task.txt"_s);
        QCOMPARE(plan.removeCommands, (QList<QStringList>{{u"schtasks"_s, u"/Delete"_s, u"/F"_s,
                                                           u"/TN"_s, u"PCAuth Keepalive"_s}}));
    }

    void windowsQuotingRoundTrips_data()
    {
        QTest::addColumn<QString>("argument");
        QTest::addColumn<QString>("quoted");
        QTest::addRow("plain") << u"keepalive"_s << u"keepalive"_s;
        QTest::addRow("backslashes alone") << u"C:\\a\\b"_s << u"C:\\a\\b"_s;
        QTest::addRow("space") << u"C:\\a b\\c"_s << u"\"C:\\a b\\c\""_s;
        QTest::addRow("trailing backslash") << u"C:\\a b\\"_s << u"\"C:\\a b\\\\\""_s;
        QTest::addRow("quote") << u"say \"hi\""_s << u"\"say \\\"hi\\\"\""_s;
        QTest::addRow("backslash before quote") << u"a\\\"b"_s << u"\"a\\\\\\\"b\""_s;
        QTest::addRow("empty") << u""_s << u"\"\""_s;
    }
    void windowsQuotingRoundTrips()
    {
        QFETCH(QString, argument);
        QFETCH(QString, quoted);
        QCOMPARE(windowsQuoted(argument), quoted);
        QCOMPARE(windowsSplit(u"x "_s + windowsQuoted(argument) + u" y"_s),
                 (QStringList{u"x"_s, argument, u"y"_s}));
    }

    void schedulerNames_data()
    {
        QTest::addColumn<Scheduler>("scheduler");
        QTest::addColumn<QString>("name");
        QTest::addRow("systemd") << Scheduler::SystemdUser << u"systemd user timer"_s;
        QTest::addRow("launchd") << Scheduler::Launchd << u"launchd agent"_s;
        QTest::addRow("windows") << Scheduler::TaskScheduler << u"Task Scheduler task"_s;
    }
    void schedulerNames()
    {
        QFETCH(Scheduler, scheduler);
        QFETCH(QString, name);
        QCOMPARE(schedulerName(scheduler), name);
        QCOMPARE(schedulePlan(scheduler, job(UnixProgram, UnixConfig, Day)).scheduler, scheduler);
    }

    void installWithoutSystemctlWritesFilesAndSaysWhatToRun()
    {
        requireSystemd();
        QTemporaryDir home, emptyPath;
        qputenv("PATH", emptyPath.path().toLocal8Bit());
        KeepAliveSchedule schedule(UnixProgram, UnixConfig);
        schedule.setHomeDir(home.path());
        const Expected<ScheduleStatus> installed = install(schedule, seconds(7 * Day));
        QVERIFY(!installed.ok());
        QCOMPARE(installed.error(),
                 u"systemctl was not found on PATH. The keepalive files were written, but the "
                 "systemd user timer was not updated; run: systemctl --user daemon-reload; "
                 "systemctl --user enable --now pcauth-keepalive.timer"_s);
        QCOMPARE(schedule.runByHand(),
                 (QStringList{u"systemctl --user daemon-reload"_s,
                              u"systemctl --user enable --now pcauth-keepalive.timer"_s}));
        const QString units = home.path() + u"/.config/systemd/user/"_s;
        QVERIFY(readAll(units + u"pcauth-keepalive.timer"_s).contains("\nOnCalendar=weekly\n"));

        const ScheduleStatus status = schedule.status();
        QCOMPARE(status.installed, true);
        QCOMPARE(status.every.count(), 7 * Day);
        QCOMPARE(status.description,
                 u"Installed as a systemd user timer: pcauthctl keepalive runs every 7 days."_s);

        const Result removed = remove(schedule);
        QVERIFY(!removed.ok());
        QVERIFY2(removed.error().startsWith(u"systemctl was not found on PATH. The keepalive "
                                            "files were removed, but the systemd user timer "
                                            "was not told; run: systemctl --user disable"_s),
                 qPrintable(removed.error()));
        QVERIFY(!QFile::exists(units + u"pcauth-keepalive.timer"_s));
        QVERIFY(!QFile::exists(units + u"pcauth-keepalive.service"_s));
        QCOMPARE(schedule.status().installed, false);
    }

    void statusReadsBackWhatInstallWrote_data()
    {
        QTest::addColumn<QString>("every");
        QTest::addColumn<QString>("description");
        QTest::addRow("12h") << u"12h"_s << u"every 12 hours."_s;
        QTest::addRow("1d") << u"1d"_s << u"every 1 day."_s;
        QTest::addRow("10d") << u"10d"_s << u"every 10 days."_s;
        QTest::addRow("90m") << u"90m"_s << u"every 90 minutes."_s;
        QTest::addRow("36h") << u"36h"_s << u"every 36 hours."_s;
    }
    void statusReadsBackWhatInstallWrote()
    {
        requireSystemd();
        QFETCH(QString, every);
        QFETCH(QString, description);
        QTemporaryDir home, bin;
        const QString log = bin.path() + u"/calls.log"_s;
        QVERIFY(
            writeScript(bin.path() + u"/systemctl"_s, "echo \"$*\" >> '" + log.toUtf8() + "'\n"));
        qputenv("PATH", bin.path().toLocal8Bit());
        KeepAliveSchedule schedule(UnixProgram, UnixConfig);
        schedule.setHomeDir(home.path());
        QCOMPARE(schedule.status().installed, false);
        QCOMPARE(schedule.status().description,
                 u"Not installed: refresh tokens are redeemed only when you use them, and expire "
                 "after 90 days without use."_s);

        const seconds interval = parseScheduleInterval(every).value();
        const Expected<ScheduleStatus> installed = install(schedule, interval);
        QVERIFY2(installed.ok(), qPrintable(installed.error()));
        QCOMPARE(installed.value().every, interval);
        QVERIFY2(installed.value().description.endsWith(description),
                 qPrintable(installed.value().description));
        QCOMPARE(schedule.status().every, interval);
        QCOMPARE(schedule.runByHand(), QStringList());
        QCOMPARE(readAll(log),
                 "--user daemon-reload\n--user enable --now pcauth-keepalive.timer\n");

        const Result removed = remove(schedule);
        QVERIFY2(removed.ok(), qPrintable(removed.error()));
        QCOMPARE(readAll(log).split('\n').mid(2).join('\n'),
                 "--user disable --now pcauth-keepalive.timer\n--user daemon-reload\n");
        QCOMPARE(schedule.status().installed, false);
    }

    void failingSchedulerIsReported()
    {
        requireSystemd();
        QTemporaryDir home, bin;
        QVERIFY(writeScript(bin.path() + u"/systemctl"_s,
                            "[ \"$2\" = daemon-reload ] && exit 0\n"
                            "echo 'Failed to connect to bus: No medium found' >&2\nexit 1\n"));
        qputenv("PATH", bin.path().toLocal8Bit());
        KeepAliveSchedule schedule(UnixProgram, UnixConfig);
        schedule.setHomeDir(home.path());
        const Expected<ScheduleStatus> installed = install(schedule, seconds(Day));
        QCOMPARE(installed.error(),
                 u"\"systemctl --user enable --now pcauth-keepalive.timer\" failed (exit code 1): "
                 "Failed to connect to bus: No medium found The keepalive files were written, but "
                 "the systemd user timer was not updated; run: systemctl --user enable --now "
                 "pcauth-keepalive.timer"_s);
        QCOMPARE(schedule.runByHand(),
                 QStringList{u"systemctl --user enable --now pcauth-keepalive.timer"_s});
        QCOMPARE(schedule.status().installed, true);
    }

    void partlyInstalledAndRefusedIntervals()
    {
        requireSystemd();
        QTemporaryDir home, emptyPath;
        qputenv("PATH", emptyPath.path().toLocal8Bit());
        KeepAliveSchedule schedule(UnixProgram, UnixConfig);
        schedule.setHomeDir(home.path());
        QCOMPARE(install(schedule, seconds(30 * 60)).error(),
                 u"Every: \"30m\" is too often; give at least 1 hour."_s);
        QVERIFY(!QFile::exists(home.path() + u"/.config/systemd/user/pcauth-keepalive.timer"_s));
        QVERIFY(!install(schedule, seconds(Day)).ok()); // no systemctl, files written
        const QString timer = home.path() + u"/.config/systemd/user/pcauth-keepalive.timer"_s;
        QVERIFY(QFile::remove(timer));
        const ScheduleStatus status = schedule.status();
        QCOMPARE(status.installed, false);
        QCOMPARE(status.description,
                 u"Partly installed: %1 is missing; install the schedule again."_s.arg(timer));

        KeepAliveSchedule nowhere(QString(), UnixConfig);
        nowhere.setHomeDir(home.path());
        QCOMPARE(install(nowhere, seconds(Day)).error(),
                 u"pcauthctl was not found beside PCAuth nor on PATH; install it to schedule the "
                 "keepalive."_s);
    }

    void answersNeverArriveInsideTheCallNorAfterTheContextIsGone()
    {
        requireSystemd();
        QTemporaryDir home, emptyPath;
        qputenv("PATH", emptyPath.path().toLocal8Bit());
        KeepAliveSchedule schedule(UnixProgram, UnixConfig);
        schedule.setHomeDir(home.path());
        int calls = 0;
        {
            QObject context;
            schedule.install(seconds(Day), &context, [&calls](const auto &) { ++calls; });
            QCOMPARE(calls, 0);
        }
        QObject context;
        bool second = false;
        schedule.install(seconds(Day), &context, [&second](const Expected<ScheduleStatus> &r) {
            second = true;
            QCOMPARE(r.error(),
                     u"The keepalive schedule is being changed; wait until that ends."_s);
        });
        QTRY_VERIFY(second);
        QTRY_COMPARE(schedule.runByHand().size(), 2); // the first install ended
        QCOMPARE(calls, 0);
    }

    void defaultProgramIsFoundOnPath()
    {
        // Nothing named pcauthctl beside this test nor in ../app/ctl: PATH decides.
        QTemporaryDir bin, emptyPath;
        QVERIFY(writeScript(bin.path() + u"/pcauthctl"_s, "exit 0\n"));
        qputenv("PATH", bin.path().toLocal8Bit());
        QCOMPARE(KeepAliveSchedule::defaultProgram(), bin.path() + u"/pcauthctl"_s);
        qputenv("PATH", emptyPath.path().toLocal8Bit());
        QCOMPARE(KeepAliveSchedule::defaultProgram(), QString());
    }

private:
    static void requireSystemd()
    {
        if (nativeScheduler() != Scheduler::SystemdUser)
            QSKIP("install/status/remove run the native scheduler: systemd on Linux only");
    }

    static Expected<ScheduleStatus> install(KeepAliveSchedule &schedule, seconds every)
    {
        std::optional<Expected<ScheduleStatus>> result;
        QObject context;
        schedule.install(every, &context,
                         [&result](const Expected<ScheduleStatus> &r) { result = r; });
        if (!QTest::qWaitFor([&result] { return result.has_value(); }, 15000))
            return fail(u"no answer within 15 s"_s);
        return *result;
    }

    static Result remove(KeepAliveSchedule &schedule)
    {
        std::optional<Result> result;
        QObject context;
        schedule.remove(&context, [&result](const Result &r) { result = r; });
        if (!QTest::qWaitFor([&result] { return result.has_value(); }, 15000))
            return fail(u"no answer within 15 s"_s);
        return *result;
    }

    QString m_path;
};

QTEST_GUILESS_MAIN(tst_KeepAliveSchedule)
#include "tst_keepaliveschedule.moc"

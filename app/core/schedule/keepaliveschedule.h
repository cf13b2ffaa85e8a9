// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include "support/expected.h"

#include <chrono>
#include <functional>
#include <utility>

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

class QProcess;

namespace PCAuth {

/// Refresh tokens die after 90 days without use; the keep-alive job (`pcauthctl keepalive
/// --all`) redeems them regularly, run by the platform's own scheduler so that no PCAuth
/// process has to stay up. The plans for all three schedulers are pure functions compiled on
/// every platform, so that each is unit-tested everywhere; only nativeScheduler() and the
/// default folders depend on the platform compiled for.
enum class Scheduler { SystemdUser, Launchd, TaskScheduler };

/// The scheduler of the platform compiled for.
Scheduler nativeScheduler();
/// Translatable: "systemd user timer", "launchd agent", "Task Scheduler task".
QString schedulerName(Scheduler scheduler);

/// "7d", "12h", "90m" -> seconds, between 1 hour and 30 days. The message names the field
/// ("Every: ...") so that it reads right after --every and beside the settings field.
Expected<std::chrono::seconds> parseScheduleInterval(const QString &text);
/// The shortest text parseScheduleInterval() reads back: 604800 s -> "7d", 5400 s -> "90m".
QString formatScheduleInterval(std::chrono::seconds every);

/// What one scheduler needs: the files to write (remove deletes them) and the commands that
/// tell the scheduler (program name first, looked up on PATH), run in order.
struct ScheduleFile
{
    QString path;
    QString content;
};

struct SchedulePlan
{
    Scheduler scheduler = Scheduler::SystemdUser;
    QList<ScheduleFile> files;
    QList<QStringList> installCommands;
    QList<QStringList> removeCommands;
};

/// The job a plan runs. `directory`: where the plan's files go (the systemd user unit folder,
/// ~/Library/LaunchAgents, or the folder of the Windows task's record).
struct KeepAliveJob
{
    QStringList arguments; // the program first, absolute
    std::chrono::seconds every{0};
    QString directory;
    QList<std::pair<QString, QString>> environment; // e.g. PCAUTH_KEYCHAIN_SERVICE
};

/// `program --config-dir DIR keepalive --all`: the config folder is explicit so that the job
/// finds the same profiles whatever environment the scheduler gives it.
QStringList keepAliveArguments(const QString &program, const QString &configDir);

/// pcauth-keepalive.service + .timer. Calendar timers (Persistent=true catches up runs
/// missed while the machine was off) for whole hours below a day and whole days; other
/// intervals (90m, 36h) use OnUnitActiveSec after OnBootSec.
SchedulePlan systemdPlan(const KeepAliveJob &job);
/// com.pcauth.keepalive.plist with StartInterval, loaded with launchctl.
SchedulePlan launchdPlan(const KeepAliveJob &job);
/// schtasks /Create /SC MINUTE|HOURLY|DAILY /MO n (rounded down to what schtasks can express:
/// more often is safe, less often is not), plus a record file so that status() needs no
/// process.
SchedulePlan taskSchedulerPlan(const KeepAliveJob &job);
SchedulePlan schedulePlan(Scheduler scheduler, const KeepAliveJob &job);

/// The interval a plan's files say (0 when they say none): what status() reports.
std::chrono::seconds plannedInterval(Scheduler scheduler, const QList<ScheduleFile> &files);

/// Quoting for an ExecStart= word (systemd: C escapes, % and $ doubled) and for one argument
/// of a Windows command line (CommandLineToArgvW rules: backslashes are literal unless they
/// precede a quote).
QString systemdQuoted(const QString &argument);
QString windowsQuoted(const QString &argument);

struct ScheduleStatus
{
    bool installed = false;
    std::chrono::seconds every{0};
    QString description; // a user-readable sentence
};

/// Installs, removes and reads the keep-alive job for the native scheduler. Files are
/// written and removed at once (they are small); the scheduler's commands run with QProcess
/// asynchronously, never blocking the caller's thread. When a command is missing or fails,
/// the files are still written (or removed) and the failure says what to run by hand.
class KeepAliveSchedule final : public QObject
{
    Q_OBJECT
public:
    /// `program`: the pcauthctl to run; `configDir`: passed as --config-dir.
    KeepAliveSchedule(QString program, QString configDir, QObject *parent = nullptr);
    ~KeepAliveSchedule() override;

    /// pcauthctl beside this executable, else ../app/ctl/pcauthctl (build tree), else on PATH;
    /// empty when there is none.
    static QString defaultProgram();

    /// Tests: where unit/plist files go (instead of the user's home and XDG_CONFIG_HOME).
    void setHomeDir(const QString &home);
    /// Reads the files (no process run).
    ScheduleStatus status() const;

    /// The plan install() and remove() carry out for the native scheduler.
    SchedulePlan plan(std::chrono::seconds every) const;
    /// The command lines the last install() or remove() could not run, in order: what the
    /// user should run by hand. Empty when the scheduler was told.
    QStringList runByHand() const { return m_runByHand; }

    using InstallCallback = std::function<void(const Expected<ScheduleStatus> &)>;
    using RemoveCallback = std::function<void(const Result &)>;
    /// `done` is called later (never inside the call), unless `context` is gone by then.
    void install(std::chrono::seconds every, QObject *context, InstallCallback done);
    void remove(QObject *context, RemoveCallback done); // async (QProcess), never blocks

private:
    using CommandsDone = std::function<void(const QString &failure)>;
    QString unitDirectory() const;
    void runCommands(QList<QStringList> commands, CommandsDone done);
    void runNext(CommandsDone done);

    QString m_program;
    QString m_configDir;
    QString m_homeDir;
    QList<QStringList> m_pending;
    QStringList m_runByHand;
    QPointer<QProcess> m_process;
};

} // namespace PCAuth

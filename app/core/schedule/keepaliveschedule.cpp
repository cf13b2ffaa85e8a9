// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "keepaliveschedule.h"

#include <memory>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimer>

using namespace Qt::StringLiterals;
using std::chrono::seconds;

namespace PCAuth {

namespace {

/// A scheduler command that takes longer than this is stuck (systemctl waiting for a bus
/// that never answers): it is killed and reported.
constexpr int CommandTimeoutMs = 30000;

QString executableName(const QString &base)
{
#if defined(Q_OS_WIN)
    return base + u".exe"_s;
#else
    return base;
#endif
}

/// "7 days", "12 hours", "90 minutes", for the status sentence. Whole sentences per number,
/// so that the text reads right without a loaded translation.
QString humanInterval(seconds every)
{
    const qint64 s = every.count();
    if (s > 0 && s % (24 * 3600) == 0) {
        const qint64 days = s / (24 * 3600);
        return days == 1 ? KeepAliveSchedule::tr("1 day")
                         : KeepAliveSchedule::tr("%1 days").arg(days);
    }
    if (s > 0 && s % 3600 == 0) {
        const qint64 hours = s / 3600;
        return hours == 1 ? KeepAliveSchedule::tr("1 hour")
                          : KeepAliveSchedule::tr("%1 hours").arg(hours);
    }
    return KeepAliveSchedule::tr("%1 minutes").arg(s / 60);
}

Result writeFile(const ScheduleFile &file)
{
    QDir().mkpath(QFileInfo(file.path).absolutePath());
    QSaveFile out(file.path);
    if (!out.open(QIODevice::WriteOnly) || out.write(file.content.toUtf8()) < 0 || !out.commit())
        return fail(KeepAliveSchedule::tr("Cannot write %1: %2").arg(file.path, out.errorString()));
    return {};
}

/// Calls `done(value)` from the event loop, unless `context` is gone by then.
template<typename Callback, typename Value>
void answerLater(QObject *context, Callback done, Value value)
{
    QTimer::singleShot(0, context,
                       [done = std::move(done), value = std::move(value)] { done(value); });
}

/// The first line of what a failed command said, short enough for a label.
QString firstLine(const QByteArray &output)
{
    const QString text = QString::fromLocal8Bit(output).trimmed();
    return text.isEmpty() ? KeepAliveSchedule::tr("it printed no reason")
                          : text.section(u'\n', 0, 0).left(300);
}

} // namespace

KeepAliveSchedule::KeepAliveSchedule(QString program, QString configDir, QObject *parent)
    : QObject(parent)
    , m_program(std::move(program))
    , m_configDir(std::move(configDir))
{ }

KeepAliveSchedule::~KeepAliveSchedule()
{
    // The process is our child and is killed with us; its signals must not reach a callback.
    if (m_process)
        m_process->disconnect(this);
}

QString KeepAliveSchedule::defaultProgram()
{
    const QString name = executableName(u"pcauthctl"_s);
    const QDir here(QCoreApplication::applicationDirPath());
    for (const QString &candidate : {here.filePath(name), here.filePath(u"../app/ctl/"_s + name)}) {
        const QFileInfo info(candidate);
        if (info.isFile() && info.isExecutable())
            return QDir::cleanPath(info.absoluteFilePath());
    }
    return QStandardPaths::findExecutable(u"pcauthctl"_s);
}

void KeepAliveSchedule::setHomeDir(const QString &home)
{
    m_homeDir = home;
}

QString KeepAliveSchedule::unitDirectory() const
{
    const QString home = m_homeDir.isEmpty() ? QDir::homePath() : m_homeDir;
    switch (nativeScheduler()) {
    case Scheduler::Launchd:
        return home + u"/Library/LaunchAgents"_s;
    case Scheduler::TaskScheduler:
        // Not a ?: of two concatenations: from Qt 6.8 on, a QStringBuilder keeps lvalue operands
        // by reference, so the two branches have different types.
        if (!m_homeDir.isEmpty())
            return home + u"/AppData/Local/PCAuth"_s;
        return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u"/PCAuth"_s;
    case Scheduler::SystemdUser:
        break;
    }
    // XDG_CONFIG_HOME is honoured unless a home was set for a test.
    if (!m_homeDir.isEmpty())
        return home + u"/.config/systemd/user"_s;
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
           + u"/systemd/user"_s;
}

SchedulePlan KeepAliveSchedule::plan(seconds every) const
{
    KeepAliveJob job{keepAliveArguments(m_program, m_configDir), every, unitDirectory(), {}};
    // Tests and side-by-side installs use their own keychain service; the job must too.
    if (qEnvironmentVariableIsSet("PCAUTH_KEYCHAIN_SERVICE"))
        job.environment.append(
            {u"PCAUTH_KEYCHAIN_SERVICE"_s, qEnvironmentVariable("PCAUTH_KEYCHAIN_SERVICE")});
    return schedulePlan(nativeScheduler(), job);
}

ScheduleStatus KeepAliveSchedule::status() const
{
    QList<ScheduleFile> files = plan(seconds(0)).files;
    QStringList missing;
    for (ScheduleFile &file : files) {
        QFile in(file.path);
        if (in.open(QIODevice::ReadOnly))
            file.content = QString::fromUtf8(in.readAll());
        else
            missing << file.path;
    }
    const Scheduler scheduler = nativeScheduler();
    ScheduleStatus status;
    if (missing.size() == files.size()) {
        status.description = tr("Not installed: refresh tokens are redeemed only when you use "
                                "them, and expire after 90 days without use.");
        return status;
    }
    if (!missing.isEmpty()) {
        status.description = tr("Partly installed: %1 is missing; install the schedule again.")
                                 .arg(missing.join(u", "_s));
        return status;
    }
    status.installed = true;
    status.every = plannedInterval(scheduler, files);
    status.description = tr("Installed as a %1: pcauthctl keepalive runs every %2.")
                             .arg(schedulerName(scheduler), humanInterval(status.every));
    return status;
}

void KeepAliveSchedule::install(seconds every, QObject *context, InstallCallback done)
{
    const auto refuse = [&](const QString &message) {
        answerLater(context, std::move(done), Expected<ScheduleStatus>(fail(message)));
    };
    if (!m_pending.isEmpty() || m_process)
        return refuse(tr("The keepalive schedule is being changed; wait until that ends."));
    if (m_program.isEmpty())
        return refuse(tr("pcauthctl was not found beside PCAuth nor on PATH; install it to "
                         "schedule the keepalive."));
    if (const auto valid = parseScheduleInterval(formatScheduleInterval(every)); !valid)
        return refuse(valid.error());
    const SchedulePlan planned = plan(every);
    for (const ScheduleFile &file : planned.files) {
        if (const Result written = writeFile(file); !written)
            return refuse(written.error());
    }
    m_runByHand.clear();
    QPointer<QObject> guard(context);
    runCommands(planned.installCommands, [this, guard, done](const QString &failure) {
        if (!guard)
            return;
        if (failure.isEmpty())
            return done(status());
        done(fail(tr("%1 The keepalive files were written, but the %2 was not updated; run: %3")
                      .arg(failure, schedulerName(nativeScheduler()), m_runByHand.join(u"; "_s))));
    });
}

void KeepAliveSchedule::remove(QObject *context, RemoveCallback done)
{
    if (!m_pending.isEmpty() || m_process)
        return answerLater(context, std::move(done),
                           Result(fail(tr("The keepalive schedule is being changed; "
                                          "wait until that ends."))));
    m_runByHand.clear();
    const SchedulePlan planned = plan(seconds(0));
    QPointer<QObject> guard(context);
    // The scheduler is told first (launchctl unload reads the plist), the files go after,
    // whatever it answered.
    runCommands(planned.removeCommands, [this, guard, done, planned](const QString &failure) {
        for (const ScheduleFile &file : planned.files) {
            QFile existing(file.path);
            if (existing.exists() && !existing.remove()) {
                if (guard)
                    done(fail(tr("Cannot remove %1: %2").arg(file.path, existing.errorString())));
                return;
            }
        }
        if (!guard)
            return;
        if (failure.isEmpty())
            return done(Result::success());
        done(fail(tr("%1 The keepalive files were removed, but the %2 was not told; run: %3")
                      .arg(failure, schedulerName(nativeScheduler()), m_runByHand.join(u"; "_s))));
    });
}

void KeepAliveSchedule::runCommands(QList<QStringList> commands, CommandsDone done)
{
    m_pending = std::move(commands);
    // Never answer inside install()/remove(): the first step starts from the event loop.
    QTimer::singleShot(0, this, [this, done = std::move(done)] { runNext(done); });
}

void KeepAliveSchedule::runNext(CommandsDone done)
{
    if (m_pending.isEmpty())
        return done(QString());
    const QStringList command = m_pending.first();
    const auto stop = [this, done](const QString &failure) {
        for (const QStringList &notRun : std::as_const(m_pending))
            m_runByHand << notRun.join(u' ');
        m_pending.clear();
        done(failure);
    };
    const QString program = QStandardPaths::findExecutable(command.first());
    if (program.isEmpty())
        return stop(tr("%1 was not found on PATH.").arg(command.first()));

    auto *process = new QProcess(this);
    m_process = process;
    auto timedOut = std::make_shared<bool>(false);
    QTimer::singleShot(CommandTimeoutMs, process, [process, timedOut] {
        *timedOut = true;
        process->kill();
    });
    const QString line = command.join(u' ');
    connect(process, &QProcess::errorOccurred, this,
            [this, process, stop, line](QProcess::ProcessError error) {
                if (error != QProcess::FailedToStart)
                    return; // finished() follows
                process->deleteLater();
                m_process.clear();
                stop(tr("\"%1\" could not be started: %2").arg(line, process->errorString()));
            });
    connect(process, &QProcess::finished, this,
            [this, process, stop, done, line, timedOut](int code, QProcess::ExitStatus exit) {
                process->deleteLater();
                m_process.clear();
                if (*timedOut)
                    return stop(tr("\"%1\" did not finish within %2 seconds.")
                                    .arg(line, QString::number(CommandTimeoutMs / 1000)));
                if (exit != QProcess::NormalExit)
                    return stop(tr("\"%1\" stopped unexpectedly.").arg(line));
                if (code != 0)
                    return stop(tr("\"%1\" failed (exit code %2): %3")
                                    .arg(line, QString::number(code),
                                         firstLine(process->readAllStandardError())));
                m_pending.removeFirst();
                runNext(done);
            });
    process->start(program, command.mid(1));
}

} // namespace PCAuth

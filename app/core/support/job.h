// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

namespace PCAuth {

/// A long operation of the engine (reading a partner's customers, checking them, a keep-alive,
/// a consent, replacing a credential), in the one shape every caller, pcauthctl or a view,
/// handles the same way:
///
///     new SomeJob(..., context) --> start(...) --> its progress signals --> its finished signal
///
///  - A job is owned by its context, a parent every constructor requires: deleting the context
///    (or the job) stops it silently; nothing of it runs afterwards.
///  - cancel() stops a running job, and the job still ends with its finished signal, exactly
///    once, later (never inside cancel()), with wasCancelled() true. Cancelling a job that is
///    not running, or one at a step that must not be interrupted (a consent whose redirect
///    has arrived is being stored), does nothing.
///  - Each start() that begins a run is answered by exactly one finished signal, never inside
///    start(); a start() that refuses (and says why) begins nothing and emits nothing.
///
/// The finished signal is the subclass's own, since what a job delivers differs; this class
/// keeps the bookkeeping that makes "exactly once" hold.
class Job : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Job)

public:
    ~Job() override;

    bool isRunning() const { return m_running; }
    /// The last run ended because of cancel().
    bool wasCancelled() const { return m_cancelled; }

    /// See the class comment. Calls abort() when the job is running.
    void cancel();

protected:
    /// `context` owns the job.
    explicit Job(QObject *context);

    /// Marks the job running; false (start nothing) when it already runs.
    bool begin();
    /// Marks the job ended; false when it was not running (so the caller emits nothing).
    bool end();
    /// Stops the work in flight and arranges for the finished signal to follow later. Returns
    /// false to refuse, when the current step must not be interrupted.
    virtual bool abort() = 0;

private:
    bool m_running = false;
    bool m_cancelled = false;
};

} // namespace PCAuth

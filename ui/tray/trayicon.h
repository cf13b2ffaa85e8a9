// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include "health/tokenhealth.h"
#include "session/keepalive.h"

#include <memory>

#include <QDateTime>
#include <QHash>
#include <QIcon>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QSystemTrayIcon>
#include <QTimer>

class QMainWindow;
class QMenu;

namespace PCAuth {

class AccessNotices;
class AppServices;

/// The system tray: an icon whose badge shows the worst status of all profiles, a
/// notification when a profile enters its warning window or fails, and the keep-alive that
/// refreshes every profile's token while the app runs.
///
/// Everything but the icon itself works without a tray (offscreen, or a desktop without one,
/// or the tray switched off in the settings): the status is still evaluated, notified() is
/// still emitted and keep-alive still runs, so the main window and tests can rely on it.
///
/// Notifications fire once per transition: the first evaluation of a profile only records
/// its status (the dashboard shows it anyway), later ones notify when the status gets worse
/// into the warning window or into a failure.
///
/// Access: the tray runs each profile's access check (AppServices::access()) about once a
/// day while the app runs, and shows AccessNotices' notice for every report: one
/// notification per report, each finding at most once a day. Clicking it asks for the
/// profile's access findings (AppServices::accessRequested).
class TrayIcon final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayIcon)
public:
    TrayIcon(AppServices &services, QMainWindow *window);
    ~TrayIcon() override;

    /// The most severe status (healthSeverity) of all profiles; Unknown with no profile.
    HealthStatus worstStatus() const { return m_worst; }
    /// "PCAuth: 2 healthy, 1 expiring soon", as the tray shows it.
    QString toolTipText() const { return m_toolTip; }
    /// The tray icon exists and is shown.
    bool isTrayVisible() const;
    /// The icon with its badge for `status`.
    static QIcon badgeIcon(HealthStatus status);

    /// Reads every profile's health again (from the vault index) and notifies transitions.
    void evaluate();
    /// Redeems every profile's refresh token (Partner Center, partner tenant), which restarts
    /// its 90-day window; then evaluates. keepAliveFinished() reports the outcome.
    void runKeepAlive();
    /// Runs runKeepAlive() when keep-alive is on and a profile was last used longer than
    /// keepAliveHours ago (not more than once an hour, so an offline laptop is not hammered).
    /// Returns whether it started a run. A timer calls it every few minutes, and once soon
    /// after start: the app may run an hour a day, the window must not depend on uptime.
    bool checkKeepAlive();
    /// Starts the access check of one profile with a refresh token whose last check (in this
    /// run, by the services' clock) is a day old or more, and none runs; one per call, so
    /// that profiles do not all go to the network at once. Returns the profile's id, or an
    /// empty string when none was due. The keep-alive timer calls it (every few minutes,
    /// and once soon after start).
    QString checkAccessDue();
    AccessNotices *accessNotices() const { return m_accessNotices; }

    /// Closing the main window hides it to the tray instead of quitting: the tray icon is
    /// shown, keep-alive while running is on, and Settings do not say to quit on close.
    bool keepsRunningOnClose() const;
    /// The main window was hidden to the tray: says so once (ever), with how to quit.
    void windowHiddenToTray();
    /// Counts the tray as shown although Qt sees none (offscreen, where tests run): the
    /// close-to-tray rules can then be exercised.
    void setTrayAssumed(bool assumed) { m_trayAssumed = assumed; }

Q_SIGNALS:
    /// A notification was given (also when there is no tray to show it), with its icon: a
    /// warning, a failure as critical, the close-to-tray notice as information.
    void notified(const QString &title, const QString &message, QSystemTrayIcon::MessageIcon icon);
    void keepAliveFinished(int refreshed, int failed);

private:
    void applySettings();
    void notify(const QString &title, const QString &message, QSystemTrayIcon::MessageIcon icon,
                const QString &accessProfileId = QString());
    void showWindow();

    AppServices &m_services;
    QPointer<QMainWindow> m_window;
    std::unique_ptr<QMenu> m_menu;
    QSystemTrayIcon *m_tray = nullptr;
    QHash<QString, HealthStatus> m_last; // by profile id
    HealthStatus m_worst = HealthStatus::Unknown;
    QString m_toolTip;
    QTimer m_evaluateTimer; // health changes with time alone (the warning window)
    QTimer m_keepAliveTimer;
    QDateTime m_lastKeepAlive; // the last run's start; invalid before the first
    QPointer<KeepAliveRun> m_keepAlive; // the run under way
    AccessNotices *m_accessNotices = nullptr;
    QHash<QString, QDateTime> m_accessChecked; // the daily access checks' starts, by profile
    QString m_noticeProfile; // the last notification's profile, when it was an access notice
    bool m_trayAssumed = false;
};

} // namespace PCAuth

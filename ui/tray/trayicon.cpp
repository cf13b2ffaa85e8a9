// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "trayicon.h"

#include "accessmonitor.h"
#include "accessnotices.h"
#include "appservices.h"
#include "cloud/cloud.h"
#include "healthpresentation.h"

#include <QApplication>
#include <QMainWindow>
#include <QMenu>
#include <QPainter>
#include <QSystemTrayIcon>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace PCAuth {

namespace {

bool isFailure(HealthStatus status)
{
    return status == HealthStatus::Expired || status == HealthStatus::Revoked
           || status == HealthStatus::MfaMissing || status == HealthStatus::ConsentMissing;
}

} // namespace

TrayIcon::TrayIcon(AppServices &services, QMainWindow *window)
    : QObject(window)
    , m_services(services)
    , m_window(window)
{
    connect(&services, &AppServices::profilesChanged, this, &TrayIcon::evaluate);
    connect(&services, &AppServices::tokenChanged, this, &TrayIcon::evaluate);
    // The icon follows the tray setting, health the warning window. The keep-alive settings
    // are read each time checkKeepAlive() runs.
    connect(&services.settings(), &AppSettings::changed, this, [this](AppSettings::Key key) {
        if (key != AppSettings::Key::Tray && key != AppSettings::Key::WarningDays)
            return;
        applySettings();
        evaluate();
    });
    m_evaluateTimer.setInterval(10min);
    connect(&m_evaluateTimer, &QTimer::timeout, this, &TrayIcon::evaluate);
    m_evaluateTimer.start();
    // keepAliveHours can be 720 h, beyond QTimer's range: check the clock every few minutes.
    m_keepAliveTimer.setInterval(5min);
    connect(&m_keepAliveTimer, &QTimer::timeout, this, [this] {
        checkKeepAlive();
        checkAccessDue();
    });
    m_keepAliveTimer.start();
    QTimer::singleShot(1min, this, &TrayIcon::checkKeepAlive);
    QTimer::singleShot(2min, this, &TrayIcon::checkAccessDue);
    m_accessNotices =
        new AccessNotices(services.access(), services.settings(), services.clock(), this);
    connect(m_accessNotices, &AccessNotices::notice, this,
            [this](const QString &profileId, const QString &title, const QString &message) {
                notify(title, message, QSystemTrayIcon::Warning, profileId);
            });
    applySettings();
    evaluate();
}

TrayIcon::~TrayIcon()
{
    delete m_tray; // before the menu it shows
}

bool TrayIcon::isTrayVisible() const
{
    return m_tray && m_tray->isVisible();
}

QIcon TrayIcon::badgeIcon(HealthStatus status)
{
    const QIcon base(u":/icons/pcauth-64.png"_s);
    const QPalette palette = QApplication::palette();
    QIcon icon;
    for (const int size : {16, 22, 24, 32, 48, 64}) {
        QPixmap pixmap = base.pixmap(QSize(size, size));
        if (pixmap.isNull()) {
            pixmap = QPixmap(size, size);
            pixmap.fill(Qt::transparent);
        }
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const qreal badge = size * 0.5;
        const QRectF circle(size - badge - 0.5, size - badge - 0.5, badge, badge);
        painter.setPen(QPen(palette.color(QPalette::Window), qMax(1.0, size / 16.0)));
        painter.setBrush(healthStatusColor(status, palette));
        painter.drawEllipse(circle);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

void TrayIcon::applySettings()
{
    const bool wanted =
        m_services.settings().trayEnabled() && QSystemTrayIcon::isSystemTrayAvailable();
    if (!wanted) {
        delete m_tray;
        m_tray = nullptr;
        return;
    }
    if (m_tray)
        return;
    m_menu = std::make_unique<QMenu>();
    m_menu->setObjectName(u"trayMenu"_s);
    connect(m_menu->addAction(tr("&Show PCAuth")), &QAction::triggered, this,
            &TrayIcon::showWindow);
    connect(m_menu->addAction(tr("&Refresh all")), &QAction::triggered, this,
            &TrayIcon::runKeepAlive);
    m_menu->addSeparator();
    connect(m_menu->addAction(tr("&Quit")), &QAction::triggered, qApp, &QApplication::quit);
    m_tray = new QSystemTrayIcon(badgeIcon(m_worst), this);
    m_tray->setToolTip(m_toolTip);
    m_tray->setContextMenu(m_menu.get());
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
        showWindow();
        if (!m_noticeProfile.isEmpty())
            Q_EMIT m_services.accessRequested(m_noticeProfile);
    });
    connect(m_tray, &QSystemTrayIcon::activated, this,
            [this](QSystemTrayIcon::ActivationReason reason) {
                if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                    showWindow();
            });
    m_tray->show();
}

void TrayIcon::evaluate()
{
    const Expected<QList<Profile>> profiles = m_services.profiles().load();
    QHash<QString, HealthStatus> now;
    QMap<HealthStatus, int> counts;
    HealthStatus worst = HealthStatus::Unknown;
    int worstSeverity = -1;
    for (const Profile &profile : profiles ? profiles.value() : QList<Profile>()) {
        const HealthReport report = currentHealth(m_services, profile.id);
        now.insert(profile.id, report.status);
        ++counts[report.status];
        if (healthSeverity(report.status) > worstSeverity) {
            worstSeverity = healthSeverity(report.status);
            worst = report.status;
        }
        const auto previous = m_last.constFind(profile.id);
        if (previous == m_last.cend() || *previous == report.status)
            continue;
        if (report.status == HealthStatus::ExpiringSoon
            && healthSeverity(*previous) < healthSeverity(HealthStatus::ExpiringSoon)) {
            notify(tr("Token expires soon"),
                   tr("%1: about %n days left before the refresh token expires from inactivity "
                      "(estimate). %2",
                      nullptr, report.daysLeft.value_or(0))
                       .arg(profile.name, report.action),
                   QSystemTrayIcon::Warning);
        } else if (isFailure(report.status) && !isFailure(*previous)) {
            notify(
                tr("Token needs attention"),
                tr("%1: %2. %3").arg(profile.name, healthStatusLabel(report.status), report.action),
                QSystemTrayIcon::Critical);
        }
    }
    m_last = now;
    m_worst = worst;
    QStringList parts;
    for (const HealthStatus status :
         {HealthStatus::Revoked, HealthStatus::Expired, HealthStatus::ConsentMissing,
          HealthStatus::MfaMissing, HealthStatus::ExpiringSoon, HealthStatus::Unknown,
          HealthStatus::Healthy}) {
        if (counts.value(status) > 0)
            parts.append(u"%1 %2"_s.arg(counts.value(status)).arg(healthStatusLabel(status)));
    }
    m_toolTip =
        parts.isEmpty() ? tr("PCAuth: no profile yet") : tr("PCAuth: %1").arg(parts.join(u", "_s));
    if (m_tray) {
        m_tray->setIcon(badgeIcon(m_worst));
        m_tray->setToolTip(m_toolTip);
    }
}

bool TrayIcon::keepsRunningOnClose() const
{
    const AppSettings &settings = m_services.settings();
    return (isTrayVisible() || (m_trayAssumed && settings.trayEnabled()))
           && settings.keepAliveWhileRunning() && !settings.quitOnClose();
}

void TrayIcon::windowHiddenToTray()
{
    AppSettings &settings = m_services.settings();
    if (settings.closeToTrayNoticeShown())
        return;
    settings.setCloseToTrayNoticeShown(true);
    notify(tr("PCAuth keeps running"),
           tr("PCAuth is still running in the tray, so that it can keep the tokens alive. "
              "Quit it from the tray menu or with File > Quit; to quit whenever the window "
              "is closed, turn on \u201cQuit when the window is closed\u201d in Settings."),
           QSystemTrayIcon::Information);
}

void TrayIcon::notify(const QString &title, const QString &message,
                      QSystemTrayIcon::MessageIcon icon, const QString &accessProfileId)
{
    m_noticeProfile = accessProfileId;
    if (m_tray)
        m_tray->showMessage(title, message, icon);
    Q_EMIT notified(title, message, icon);
}

bool TrayIcon::checkKeepAlive()
{
    if (!m_services.settings().keepAliveWhileRunning() || m_keepAlive)
        return false;
    const QDateTime now = m_services.clock().now();
    const qint64 every = qint64(m_services.settings().keepAliveHours()) * 3600;
    if (m_lastKeepAlive.isValid() && m_lastKeepAlive.secsTo(now) < std::min<qint64>(every, 3600))
        return false;
    const Expected<QList<Profile>> profiles = m_services.profiles().load();
    bool due = false;
    for (const Profile &profile : profiles ? profiles.value() : QList<Profile>()) {
        const TokenMetadata meta = m_services.broker().metadata(profile.id);
        const QDateTime lastUse =
            meta.lastRedeemedAt.isValid() ? meta.lastRedeemedAt : meta.obtainedAt;
        due =
            due || (meta.refreshTokenPresent && lastUse.isValid() && lastUse.secsTo(now) >= every);
    }
    if (due)
        runKeepAlive();
    return due;
}

QString TrayIcon::checkAccessDue()
{
    AccessMonitor &access = m_services.access();
    const QDateTime now = m_services.clock().now();
    const Expected<QList<Profile>> profiles = m_services.profiles().load();
    for (const Profile &profile : profiles ? profiles.value() : QList<Profile>()) {
        if (access.isChecking(profile.id)
            || !m_services.broker().metadata(profile.id).refreshTokenPresent)
            continue;
        QDateTime last = m_accessChecked.value(profile.id);
        if (const AccessReport *report = access.report(profile.id);
            report && (!last.isValid() || report->checkedAt > last))
            last = report->checkedAt;
        if (last.isValid() && last.secsTo(now) < 24 * 3600)
            continue;
        m_accessChecked.insert(profile.id, now);
        access.check(profile.id, true);
        return profile.id;
    }
    return QString();
}

void TrayIcon::runKeepAlive()
{
    if (m_keepAlive)
        return;
    m_lastKeepAlive = m_services.clock().now();
    const Expected<QList<Profile>> profiles = m_services.profiles().load();
    m_keepAlive = new KeepAliveRun(m_services.vault(), m_services.broker(), this);
    connect(m_keepAlive, &KeepAliveRun::finished, this, [this, job = m_keepAlive.data()] {
        const int ok =
            job->count(KeepAliveRun::Status::Ok) + job->count(KeepAliveRun::Status::Warning);
        const int failed = job->count(KeepAliveRun::Status::Failed);
        job->deleteLater();
        m_keepAlive = nullptr;
        Q_EMIT keepAliveFinished(ok, failed);
    });
    m_keepAlive->start(profiles ? profiles.value() : QList<Profile>(), true);
}

void TrayIcon::showWindow()
{
    if (!m_window)
        return;
    m_window->showNormal();
    m_window->raise();
    m_window->activateWindow();
}

} // namespace PCAuth

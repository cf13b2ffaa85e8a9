// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QSettings>

namespace PCAuth {

/// The desktop app's preferences, in the platform's settings store (QSettings, organisation
/// "PCAuth", application "pcauth"). Nothing secret is ever written here: no token, secret,
/// key or password, only choices such as timeouts and the language. Values are clamped to
/// their allowed range when read, so a hand-edited file cannot make the app misbehave.
class AppSettings final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppSettings)
public:
    /// Each preference, as changed() names it.
    enum class Key {
        RequestTimeout,
        Concurrency,
        Language,
        KeepAliveWhileRunning,
        KeepAliveHours,
        WarningDays,
        Tray,
        SandboxMode,
        AccessNoticeLedger,
        QuitOnClose,
        CloseToTrayNoticeShown
    };
    Q_ENUM(Key)

    explicit AppSettings(QObject *parent = nullptr);
    ~AppSettings() override;

    /// Total time for one request, retries included (5..600 s; default 60).
    int requestTimeoutSeconds() const;
    void setRequestTimeoutSeconds(int seconds);
    /// Customer checks in flight at once (1..64; default 8).
    int concurrency() const;
    void setConcurrency(int n);
    /// UI language: "" follows the system, else "en", "de" or "zh_CN". Applies on restart.
    QString language() const;
    void setLanguage(const QString &language);
    /// Refresh every profile's token while the app runs, once per keepAliveHours (1..720).
    bool keepAliveWhileRunning() const;
    void setKeepAliveWhileRunning(bool on);
    int keepAliveHours() const;
    void setKeepAliveHours(int hours);
    /// Days before the end of the 90-day window from which a profile shows a warning (1..89).
    int warningDays() const;
    void setWarningDays(int days);
    /// Show the system tray icon and its notifications.
    bool trayEnabled() const;
    void setTrayEnabled(bool on);
    /// Closing the main window quits even when the tray and keep-alive could keep PCAuth
    /// running (default: it hides to the tray then).
    bool quitOnClose() const;
    void setQuitOnClose(bool on);
    /// The one-time notice "PCAuth keeps running in the tray" was given. Not a preference.
    bool closeToTrayNoticeShown() const;
    void setCloseToTrayNoticeShown(bool shown);
    /// Start on the embedded sandbox next time (what `pcauth --sandbox` does once).
    bool sandboxMode() const;
    void setSandboxMode(bool on);

    /// The access findings the tray has notified and when: "<yyyy-MM-dd> <item key>" entries
    /// (AccessNotices; item keys are ids, never secrets). Not a preference: no page shows it.
    QStringList accessNoticeLedger() const;
    void setAccessNoticeLedger(const QStringList &entries);

    QString fileName() const { return m_settings.fileName(); }

Q_SIGNALS:
    /// The value of `key` changed. Setting the value it already has emits nothing.
    void changed(PCAuth::AppSettings::Key key);

private:
    QVariant read(Key key, const QVariant &fallback) const;
    int intValue(Key key, int fallback, int min, int max) const;
    void setValue(Key key, const QVariant &value);

    QSettings m_settings;
};

} // namespace PCAuth

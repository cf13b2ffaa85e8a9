// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include "session/consentflow.h"
#include "session/profileoperations.h"

#include <chrono>
#include <functional>
#include <optional>

#include <QDeadlineTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

namespace PCAuth {

class AppServices;

/// The partner consent's sign-in without a window: which profile, which mode (embedded or
/// system browser), the attempt's stage, its status text, the time left and the result.
/// The consent wizard binds its widgets to it; tests drive it without a widget.
///
///   start(profile) -> Waiting (embeddedBrowserRequested or systemBrowserRequested)
///     -> complete(redirect) from the embedded browser, or the loopback receiver's answer
///     -> Redeeming ("Signed in. Saving…"; cancel() and the timeout do nothing any more)
///     -> Done or Failed, finished(result) once per attempt.
///
/// Each attempt is one ConsentFlow, a child of this controller: cancel() asks it to stop
/// (finished() reports "cancelled"), abandon() deletes it without a report. A failure to
/// start is reported from the event loop, like every other outcome.
class ConsentController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsentController)
    Q_PROPERTY(QString profileId READ profileId WRITE setProfileId NOTIFY profileIdChanged)
    Q_PROPERTY(
        bool systemBrowser READ systemBrowser WRITE setSystemBrowser NOTIFY systemBrowserChanged)
    Q_PROPERTY(bool acceptWithoutMfa READ acceptWithoutMfa WRITE setAcceptWithoutMfa NOTIFY
                   acceptWithoutMfaChanged)
    Q_PROPERTY(Stage stage READ stage NOTIFY stageChanged)
    Q_PROPERTY(bool busy READ isBusy NOTIFY stageChanged)
    Q_PROPERTY(bool canCancel READ canCancel NOTIFY stageChanged)
    Q_PROPERTY(QString statusText READ statusText NOTIFY statusChanged)
    Q_PROPERTY(bool statusIsProblem READ statusIsProblem NOTIFY statusChanged)
    Q_PROPERTY(QUrl signInUrl READ signInUrl NOTIFY stageChanged)
    Q_PROPERTY(int secondsLeft READ secondsLeft NOTIFY secondsLeftChanged)
    Q_PROPERTY(bool resultOk READ resultOk NOTIFY finished)
    Q_PROPERTY(QString resultMessage READ resultMessage NOTIFY finished)

public:
    /// Idle: no attempt yet (or abandoned). Waiting: the browser is signing in. Redeeming: the
    /// code has arrived and the token is being redeemed and stored. Done / Failed: the result.
    enum class Stage { Idle, Waiting, Redeeming, Done, Failed };
    Q_ENUM(Stage)

    explicit ConsentController(AppServices &services, QObject *parent = nullptr);
    ~ConsentController() override;

    QString profileId() const { return m_profileId; }
    void setProfileId(const QString &profileId);
    /// The mode of the next start(); openInSystemBrowser() switches a running attempt.
    bool systemBrowser() const { return m_systemBrowser; }
    void setSystemBrowser(bool systemBrowser);
    /// Keep a token without MFA evidence (and do not ask Entra for MFA).
    bool acceptWithoutMfa() const { return m_acceptWithoutMfa; }
    void setAcceptWithoutMfa(bool accept);
    /// How long one sign-in attempt may take before it is stopped (default 10 minutes).
    std::chrono::milliseconds signInTimeout() const { return m_signInTimeout; }
    void setSignInTimeout(std::chrono::milliseconds timeout) { m_signInTimeout = timeout; }

    Stage stage() const { return m_stage; }
    /// The token is being redeemed and stored: nothing may end the attempt now.
    bool isBusy() const { return m_stage == Stage::Redeeming; }
    /// Waiting for the browser and no redirect has arrived yet.
    bool canCancel() const;
    QString statusText() const { return m_statusText; }
    bool statusIsProblem() const { return m_statusIsProblem; }
    /// The sign-in link of the running attempt; empty before one started.
    QUrl signInUrl() const { return m_link; }
    /// Seconds until the running attempt times out; 0 when none waits.
    int secondsLeft() const;

    /// The outcome of the last attempt; empty while none has finished.
    const std::optional<ConsentResult> &lastResult() const { return m_lastResult; }

    /// Adds a new profile with its credential (the core's addProfile()) and remembers it as
    /// made here; `done` is called unless `context` or this controller is gone by then. A
    /// profile whose saving ends after the controller is gone is removed again.
    void createProfile(const Profile &profile, const QByteArray &credential, QObject *context,
                       std::function<void(const ProfileAddition &)> done);
    /// Removes the profiles made with createProfile() that have no consent from this
    /// controller (with their keychain items, the core's removeProfile()): a wizard closed
    /// before its consent succeeded leaves nothing behind. Runs on after the controller.
    void discardUnfinished();

    bool resultOk() const { return m_lastResult && m_lastResult->ok; }
    QString resultMessage() const { return m_lastResult ? m_lastResult->message : QString(); }

public Q_SLOTS:
    /// Ends any running attempt quietly and starts a new one for `profileId` in the current
    /// mode. `loginHint` (may be empty) pre-fills the account on the sign-in page.
    void start(const QString &profileId, const QString &loginHint = QString());
    /// Starts the attempt again for the same profile, in the system browser.
    void openInSystemBrowser();
    /// Ends the attempt while it waits for the browser (finished() says "cancelled"); does
    /// nothing once the redirect has arrived.
    void cancel();
    /// The redirect the embedded browser was sent to (the navigation it refused).
    void complete(const QUrl &redirect);
    /// Ends the running attempt without reporting it (Back, closing the wizard).
    void abandon();
    /// A note from the view about the browser (a refused certificate, a pop-up, a page that
    /// did not load, a copied link), shown in the status.
    void showNote(const QString &text, bool problem);
    /// The view could not open the system browser.
    void systemBrowserNotOpened();

Q_SIGNALS:
    void profileIdChanged();
    void systemBrowserChanged();
    void acceptWithoutMfaChanged();
    void stageChanged(PCAuth::ConsentController::Stage stage);
    void statusChanged();
    void secondsLeftChanged();
    /// The embedded browser should load `url`; `redirectUri` must never be loaded, its URL
    /// goes to complete().
    void embeddedBrowserRequested(const QUrl &url, const QUrl &redirectUri);
    /// The system browser should open `url` (the loopback receiver gets the answer).
    void systemBrowserRequested(const QUrl &url);
    /// One attempt ended, once per start() not abandoned (after the token was stored, on
    /// success).
    void finished(const PCAuth::ConsentResult &result);

private:
    void setStage(Stage stage);
    void setStatus(const QString &text, bool problem);
    void failAttempt(const QString &message);
    void onRedeeming();
    void onTimeout();
    void onFinished(const ConsentResult &result);

    AppServices &m_services;
    QString m_profileId;
    bool m_systemBrowser = false;
    bool m_acceptWithoutMfa = false;
    std::chrono::milliseconds m_signInTimeout{std::chrono::minutes(10)};
    Stage m_stage = Stage::Idle;
    QString m_statusText;
    bool m_statusIsProblem = false;
    /// The running attempt's flow; deleting it ends the attempt without a report.
    QPointer<ConsentFlow> m_flow;
    QUrl m_link;
    QTimer m_timeout;
    QTimer m_tick;
    QDeadlineTimer m_deadline;
    bool m_timedOut = false;
    bool m_redirectCaught = false;
    /// Counts attempts, so that a failure reported later belongs to the attempt that made it.
    quint64 m_attempt = 0;
    std::optional<ConsentResult> m_lastResult;
    /// Profiles made by createProfile(), and those of them whose consent succeeded.
    QStringList m_created;
    QStringList m_consented;
};

} // namespace PCAuth

// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "consentcontroller.h"

#include "appservices.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace PCAuth {

namespace {

/// The sign-in page shows these texts: they keep its translation context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PCAuth::ConsentSignInPage)
};

QString durationText(std::chrono::milliseconds duration)
{
    // No %n plurals: the English source text has no translation file to resolve them.
    const auto seconds = std::chrono::duration_cast<std::chrono::seconds>(duration).count();
    if (seconds >= 60 && seconds % 60 == 0) {
        const auto minutes = seconds / 60;
        return minutes == 1 ? Text::tr("1 minute") : Text::tr("%1 minutes").arg(minutes);
    }
    return seconds == 1 ? Text::tr("1 second") : Text::tr("%1 seconds").arg(seconds);
}

} // namespace

ConsentController::ConsentController(AppServices &services, QObject *parent)
    : QObject(parent)
    , m_services(services)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, &ConsentController::onTimeout);
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &ConsentController::secondsLeftChanged);
}

ConsentController::~ConsentController()
{
    if (m_flow)
        disconnect(m_flow, nullptr, this, nullptr);
}

void ConsentController::createProfile(const Profile &profile, const QByteArray &credential,
                                      QObject *context,
                                      std::function<void(const ProfileAddition &)> done)
{
    AppServices &services = m_services;
    // The services outlive the wizard: the outcome is always seen, so nothing half-made stays.
    addProfile(services.profiles(), services.vault(), profile, credential, &services,
               [&services, self = QPointer<ConsentController>(this),
                context = QPointer<QObject>(context),
                done = std::move(done)](const ProfileAddition &result) {
                   if (!self || !context) {
                       if (result.ok())
                           removeProfile(services.profiles(), services.vault(), result.added->id,
                                         &services, [](const ProfileRemoval &) {});
                       return;
                   }
                   if (result.ok())
                       self->m_created.append(result.added->id);
                   done(result);
               });
}

void ConsentController::discardUnfinished()
{
    const QStringList created = std::exchange(m_created, {});
    for (const QString &id : created) {
        if (!m_consented.contains(id))
            removeProfile(m_services.profiles(), m_services.vault(), id, &m_services,
                          [](const ProfileRemoval &) {});
    }
}

void ConsentController::setProfileId(const QString &profileId)
{
    if (m_profileId == profileId)
        return;
    m_profileId = profileId;
    Q_EMIT profileIdChanged();
}

void ConsentController::setSystemBrowser(bool systemBrowser)
{
    if (m_systemBrowser == systemBrowser)
        return;
    m_systemBrowser = systemBrowser;
    Q_EMIT systemBrowserChanged();
}

void ConsentController::setAcceptWithoutMfa(bool accept)
{
    if (m_acceptWithoutMfa == accept)
        return;
    m_acceptWithoutMfa = accept;
    Q_EMIT acceptWithoutMfaChanged();
}

bool ConsentController::canCancel() const
{
    return m_stage == Stage::Waiting && !m_redirectCaught;
}

int ConsentController::secondsLeft() const
{
    if (!m_timeout.isActive())
        return 0;
    return int((m_deadline.remainingTime() + 999) / 1000);
}

void ConsentController::setStage(Stage stage)
{
    if (m_stage == stage)
        return;
    m_stage = stage;
    Q_EMIT stageChanged(stage);
}

void ConsentController::setStatus(const QString &text, bool problem)
{
    if (m_statusText == text && m_statusIsProblem == problem)
        return;
    m_statusText = text;
    m_statusIsProblem = problem;
    Q_EMIT statusChanged();
}

void ConsentController::showNote(const QString &text, bool problem)
{
    setStatus(text, problem);
}

void ConsentController::systemBrowserNotOpened()
{
    setStatus(Text::tr("No browser could be opened: copy the link into one."), true);
}

void ConsentController::abandon()
{
    ++m_attempt;
    m_timeout.stop();
    m_tick.stop();
    if (m_flow) {
        disconnect(m_flow, nullptr, this, nullptr);
        m_flow->cancel();
        m_flow->deleteLater();
        m_flow = nullptr;
    }
    setStage(Stage::Idle);
    Q_EMIT secondsLeftChanged();
}

void ConsentController::start(const QString &profileId, const QString &loginHint)
{
    abandon();
    setProfileId(profileId);
    m_timedOut = false;
    m_redirectCaught = false;
    m_link.clear();
    setStatus(QString(), false);

    const Expected<Profile> profile = m_services.profiles().find(m_profileId);
    if (!profile)
        return failAttempt(profile.error());
    m_flow = new ConsentFlow(m_services.vault(), m_services.http(), m_services.clock(), this);
    m_flow->setAcceptWithoutMfa(m_acceptWithoutMfa);
    m_flow->setAskForMfa(!m_acceptWithoutMfa);
    connect(m_flow, &ConsentFlow::redeeming, this, &ConsentController::onRedeeming);
    connect(m_flow, &ConsentFlow::finished, this, &ConsentController::onFinished);
    // The loopback listener gets a little longer than our own timer, so that the message
    // the user sees is ours, which names the time allowed.
    const auto listen =
        std::chrono::duration_cast<std::chrono::seconds>(m_signInTimeout) + std::chrono::seconds(5);
    const Expected<QUrl> url = m_systemBrowser
                                   ? m_flow->startLoopback(*profile, listen, loginHint)
                                   : m_flow->start(*profile, loginHint, ConsentFlow::Via::Embedded);
    if (!url)
        return failAttempt(url.error());
    m_link = *url;
    m_deadline.setRemainingTime(m_signInTimeout);
    m_timeout.start(m_signInTimeout);
    m_tick.start();
    setStage(Stage::Waiting);
    Q_EMIT secondsLeftChanged();
    if (m_systemBrowser)
        Q_EMIT systemBrowserRequested(m_link);
    else
        Q_EMIT embeddedBrowserRequested(m_link, m_flow->redirectUri());
}

void ConsentController::openInSystemBrowser()
{
    setSystemBrowser(true);
    start(m_profileId);
}

void ConsentController::failAttempt(const QString &message)
{
    ConsentResult result;
    result.message = message;
    setStage(Stage::Waiting);
    // Reported from the event loop, as a flow would, never inside start().
    QTimer::singleShot(0, this, [this, result, attempt = m_attempt] {
        if (attempt == m_attempt)
            onFinished(result);
    });
}

void ConsentController::cancel()
{
    if (!canCancel() || !m_flow)
        return;
    m_flow->cancel();
}

void ConsentController::complete(const QUrl &redirect)
{
    if (m_redirectCaught || !m_flow)
        return;
    m_redirectCaught = true;
    // The answer is in: the time allowed for signing in is over, whatever it says.
    m_timeout.stop();
    m_tick.stop();
    Q_EMIT stageChanged(m_stage); // canCancel() is false from now on
    Q_EMIT secondsLeftChanged();
    // Out of the browser's navigation callback: complete() may finish at once, and the
    // browser is released when it does.
    QTimer::singleShot(0, m_flow, [flow = m_flow, redirect] { flow->complete(redirect); });
}

void ConsentController::onRedeeming()
{
    m_timeout.stop();
    m_tick.stop();
    setStatus(Text::tr("Signed in. Saving\u2026 PCAuth is checking the answer and storing the "
                       "token in the keychain; this cannot be cancelled now, the result follows."),
              false);
    setStage(Stage::Redeeming);
    Q_EMIT secondsLeftChanged();
}

void ConsentController::onTimeout()
{
    if (!m_flow || !m_flow->isCancellable())
        return;
    m_timedOut = true;
    m_flow->cancel();
}

void ConsentController::onFinished(const ConsentResult &result)
{
    m_timeout.stop();
    m_tick.stop();
    ConsentResult shown = result;
    if (m_timedOut && !result.ok)
        shown.message = Text::tr("The sign-in was not finished within %1, so it was stopped; "
                                 "nothing was stored. Choose Try again when you are ready to "
                                 "sign in.")
                            .arg(durationText(m_signInTimeout));
    if (m_flow) {
        disconnect(m_flow, nullptr, this, nullptr);
        m_flow->deleteLater();
        m_flow = nullptr;
    }
    m_lastResult = shown; // the vault announced a stored consent (AppServices::tokenChanged)
    if (shown.ok && !m_consented.contains(m_profileId))
        m_consented.append(m_profileId);
    setStage(shown.ok ? Stage::Done : Stage::Failed);
    Q_EMIT secondsLeftChanged();
    Q_EMIT finished(shown);
}

} // namespace PCAuth

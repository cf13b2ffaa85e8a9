// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "consentsigninpage.h"

#include "appservices.h"
#include "consentwebpage.h"
#include "consentwizard.h"
#include "statuslabel.h"
#include "ui_signinform.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QHostAddress>
#include <QPainter>
#include <QWebEngineProfile>
#include <QWebEngineView>

using namespace Qt::StringLiterals;

namespace PCAuth {

namespace {

/// A padlock in the label's text colour, so it reads in light and dark mode alike (the
/// style has no lock icon, and no SVG plugin is guaranteed).
QPixmap lockPixmap(const QWidget *widget)
{
    const int size = widget->fontMetrics().height();
    const qreal ratio = widget->devicePixelRatioF();
    QPixmap pixmap(QSize(size, size) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor colour = widget->palette().color(QPalette::WindowText);
    painter.setPen(QPen(colour, size / 9.0));
    const qreal s = size;
    painter.drawArc(QRectF(s * 0.3, s * 0.1, s * 0.4, s * 0.55), 0, 180 * 16);
    painter.drawLine(QPointF(s * 0.3, s * 0.375), QPointF(s * 0.3, s * 0.45));
    painter.drawLine(QPointF(s * 0.7, s * 0.375), QPointF(s * 0.7, s * 0.45));
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawRoundedRect(QRectF(s * 0.18, s * 0.45, s * 0.64, s * 0.48), s * 0.08, s * 0.08);
    return pixmap;
}

bool isLoopbackHost(const QString &host)
{
    return host.compare("localhost"_L1, Qt::CaseInsensitive) == 0
           || QHostAddress(host).isLoopback();
}

QString durationText(std::chrono::milliseconds duration)
{
    // No %n plurals: the English source text has no translation file to resolve them.
    const auto seconds = std::chrono::duration_cast<std::chrono::seconds>(duration).count();
    if (seconds >= 60 && seconds % 60 == 0) {
        const auto minutes = seconds / 60;
        return minutes == 1 ? ConsentSignInPage::tr("1 minute")
                            : ConsentSignInPage::tr("%1 minutes").arg(minutes);
    }
    return seconds == 1 ? ConsentSignInPage::tr("1 second")
                        : ConsentSignInPage::tr("%1 seconds").arg(seconds);
}

} // namespace

ConsentSignInPage::ConsentSignInPage(ConsentWizard &wizard, QWidget *parent)
    : QWizardPage(parent)
    , m_wizard(wizard)
    , m_ui(std::make_unique<Ui::SignInForm>())
{
    m_ui->setupUi(this);
    setObjectName(u"consentSignInPage"_s);
    setTitle(tr("Sign in"));
    setSubTitle(tr("Sign in with the integration account, complete MFA and accept the "
                   "permissions. PCAuth keeps the answer; the page it redirects to is never "
                   "opened."));
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, &ConsentSignInPage::onTimeout);
    connect(m_ui->cancelSignInButton, &QPushButton::clicked, this, [this] {
        if (m_flow)
            m_flow->cancel();
    });
    connect(m_ui->copyLinkButton, &QPushButton::clicked, this, &ConsentSignInPage::copyLink);
    connect(m_ui->systemBrowserButton, &QPushButton::clicked, this, [this] { startAttempt(true); });
}

ConsentSignInPage::~ConsentSignInPage()
{
    m_timeout.stop();
    if (m_flow)
        disconnect(m_flow, nullptr, this, nullptr);
    releaseBrowser(false);
    deleteDoomed();
}

void ConsentSignInPage::initializePage()
{
    startAttempt(m_wizard.useSystemBrowser());
}

void ConsentSignInPage::cleanupPage()
{
    abandonAttempt();
}

bool ConsentSignInPage::isComplete() const
{
    return m_finished;
}

void ConsentSignInPage::abandonAttempt()
{
    ++m_attempt;
    m_timeout.stop();
    if (m_flow) {
        disconnect(m_flow, nullptr, this, nullptr);
        m_flow->cancel();
        m_flow->deleteLater();
        m_flow = nullptr;
    }
    releaseBrowser(true);
}

void ConsentSignInPage::startAttempt(bool systemBrowser)
{
    abandonAttempt();
    m_finished = false;
    m_timedOut = false;
    m_redirectCaught = false;
    m_saving = false;
    m_link.clear();
    showStatus(QString(), false);
    m_ui->waitingPanel->setVisible(systemBrowser);
    m_ui->browserFrame->setVisible(!systemBrowser);
    m_ui->systemBrowserButton->setEnabled(!systemBrowser);
    m_ui->cancelSignInButton->setEnabled(true);
    m_ui->addressBar->clear();
    m_ui->addressNote->clear();
    m_ui->lockIcon->clear();
    m_ui->loadProgress->setRange(0, 100);
    m_ui->loadProgress->setValue(0);
    Q_EMIT completeChanged();

    AppServices &services = m_wizard.services();
    const Expected<Profile> profile = services.profiles().find(m_wizard.profileId());
    if (!profile)
        return failAttempt(profile.error());
    m_flow = new ConsentFlow(services.vault(), services.http(), services.clock(), this);
    m_flow->setAcceptWithoutMfa(m_wizard.acceptWithoutMfa());
    m_flow->setAskForMfa(!m_wizard.acceptWithoutMfa());
    connect(m_flow, &ConsentFlow::redeeming, this, &ConsentSignInPage::onSaving);
    connect(m_flow, &ConsentFlow::finished, this, &ConsentSignInPage::onFinished);
    // The loopback listener gets a little longer than our own timer, so that the message
    // the user sees is ours, which names the time allowed.
    const auto listen = std::chrono::duration_cast<std::chrono::seconds>(m_wizard.signInTimeout())
                        + std::chrono::seconds(5);
    const Expected<QUrl> url = systemBrowser
                                   ? m_flow->startLoopback(*profile, listen)
                                   : m_flow->start(*profile, QString(), ConsentFlow::Via::Embedded);
    if (!url)
        return failAttempt(url.error());
    m_link = *url;
    m_timeout.start(m_wizard.signInTimeout());
    if (systemBrowser) {
        m_ui->linkValue->setText(m_link.toString(QUrl::FullyEncoded));
        if (!QDesktopServices::openUrl(m_link))
            showStatus(tr("No browser could be opened: copy the link into one."), true);
        return;
    }
    createBrowser(m_flow->redirectUri());
    m_view->load(m_link);
}

void ConsentSignInPage::failAttempt(const QString &message)
{
    ConsentResult result;
    result.message = message;
    // Reported from the event loop, as a flow would, never inside startAttempt().
    QTimer::singleShot(0, this, [this, result, attempt = m_attempt] {
        if (attempt == m_attempt)
            onFinished(result);
    });
}

void ConsentSignInPage::createBrowser(const QUrl &redirectUri)
{
    m_profile = new QWebEngineProfile(this); // no storage name: off the record
    m_page = new ConsentWebPage(m_profile, redirectUri, this);
    m_view = new QWebEngineView(m_ui->browserFrame);
    m_view->setObjectName(u"signInView"_s);
    m_view->setAccessibleName(tr("Sign-in page"));
    m_view->setPage(m_page);
    m_ui->browserLayout->addWidget(m_view);
    setTabOrder(m_ui->addressBar, m_view);
    connect(m_page, &ConsentWebPage::redirectCaught, this, &ConsentSignInPage::onRedirect);
    connect(m_page, &ConsentWebPage::certificateRefused, this,
            [this](const QString &explanation) { showStatus(explanation, true); });
    connect(m_page, &ConsentWebPage::popupOpened, this, [this](const QUrl &url) {
        showStatus(tr("%1 was opened in the system browser.").arg(url.host()), false);
    });
    connect(m_page, &QWebEnginePage::urlChanged, this, &ConsentSignInPage::onUrlChanged);
    connect(m_page, &QWebEnginePage::loadProgress, m_ui->loadProgress, &QProgressBar::setValue);
    connect(m_page, &QWebEnginePage::loadFinished, this, &ConsentSignInPage::onLoadFinished);
}

void ConsentSignInPage::releaseBrowser(bool deferred)
{
    if (m_view) {
        m_view->hide();
        m_ui->browserLayout->removeWidget(m_view);
    }
    if (m_page)
        disconnect(m_page, nullptr, this, nullptr);
    m_doomed << QPointer<QObject>(m_view) << QPointer<QObject>(m_page)
             << QPointer<QObject>(m_profile);
    m_view = nullptr;
    m_page = nullptr;
    m_profile = nullptr;
    if (deferred)
        QTimer::singleShot(0, this, &ConsentSignInPage::deleteDoomed);
    else
        deleteDoomed();
}

void ConsentSignInPage::deleteDoomed()
{
    const QList<QPointer<QObject>> doomed = std::exchange(m_doomed, {});
    for (const QPointer<QObject> &object : doomed)
        delete object.data();
}

void ConsentSignInPage::onRedirect(const QUrl &url)
{
    if (m_redirectCaught || !m_flow)
        return;
    m_redirectCaught = true;
    // The answer is in: the time allowed for signing in is over, whatever it says.
    m_timeout.stop();
    m_ui->cancelSignInButton->setEnabled(false);
    // Out of WebEngine's navigation callback: complete() may finish at once, and the
    // browser is released when it does.
    QTimer::singleShot(0, m_flow, [flow = m_flow, url] { flow->complete(url); });
}

void ConsentSignInPage::onSaving()
{
    m_saving = true;
    m_timeout.stop();
    m_ui->cancelSignInButton->setEnabled(false);
    m_ui->systemBrowserButton->setEnabled(false);
    m_ui->loadProgress->setRange(0, 0); // busy: the token endpoint and the keychain
    showStatus(tr("Signed in. Saving\u2026 PCAuth is checking the answer and storing the token "
                  "in the keychain; this cannot be cancelled now, the result follows."),
               false);
    setWizardButtonsEnabled(false);
}

void ConsentSignInPage::setWizardButtonsEnabled(bool enabled)
{
    if (QWizard *w = wizard()) {
        w->button(QWizard::BackButton)->setEnabled(enabled);
        w->button(QWizard::CancelButton)->setEnabled(enabled);
    }
}

void ConsentSignInPage::onUrlChanged(const QUrl &url)
{
    const bool https = url.scheme() == "https"_L1;
    const QString port = url.port() >= 0 ? u":"_s + QString::number(url.port()) : QString();
    m_ui->addressBar->setText(url.host() + port);
    m_ui->addressBar->setToolTip(url.toString(QUrl::RemoveQuery | QUrl::RemoveFragment));
    if (https) {
        m_ui->lockIcon->setPixmap(lockPixmap(m_ui->lockIcon));
        m_ui->lockIcon->setToolTip(tr("Encrypted connection (https)"));
        m_ui->addressNote->clear();
    } else {
        m_ui->lockIcon->clear();
        m_ui->lockIcon->setToolTip(QString());
        m_ui->addressNote->setText(
            isLoopbackHost(url.host())
                ? tr("Plain http to this computer (loopback), as the local sandbox serves it: "
                     "nothing leaves this computer.")
                : tr("Not encrypted (http): do not enter a password on this page."));
    }
}

void ConsentSignInPage::onLoadFinished(bool ok)
{
    if (ok || m_redirectCaught || !m_flow || !m_page)
        return;
    // A refused navigation (the redirect) also ends a load without success.
    if (ConsentWebPage::isRedirect(m_page->requestedUrl(), m_flow->redirectUri()))
        return;
    showStatus(tr("The sign-in page of %1 could not be loaded. Check the network connection "
                  "and the profile's cloud, then try again.")
                   .arg(m_page->requestedUrl().host()),
               true);
}

void ConsentSignInPage::onTimeout()
{
    if (!m_flow || !m_flow->isCancellable())
        return;
    m_timedOut = true;
    m_flow->cancel();
}

void ConsentSignInPage::onFinished(const ConsentResult &result)
{
    m_timeout.stop();
    ConsentResult shown = result;
    if (m_timedOut && !result.ok)
        shown.message = tr("The sign-in was not finished within %1, so it was stopped; nothing "
                           "was stored. Choose Try again when you are ready to sign in.")
                            .arg(durationText(m_wizard.signInTimeout()));
    if (m_flow) {
        disconnect(m_flow, nullptr, this, nullptr);
        m_flow->deleteLater();
        m_flow = nullptr;
    }
    releaseBrowser(true);
    m_ui->loadProgress->setRange(0, 100);
    m_ui->waitingPanel->hide();
    m_ui->cancelSignInButton->setEnabled(false);
    if (m_saving) {
        m_saving = false;
        setWizardButtonsEnabled(true);
    }
    m_finished = true;
    Q_EMIT completeChanged();
    Q_EMIT attemptFinished(shown);
}

void ConsentSignInPage::copyLink()
{
    if (m_link.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(m_link.toString(QUrl::FullyEncoded));
    showStatus(tr("Sign-in link copied to the clipboard."), false);
}

void ConsentSignInPage::showStatus(const QString &text, bool problem)
{
    showStatusText(m_ui->statusLabel, text, problem);
}

} // namespace PCAuth

// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "consentsigninpage.h"

#include "appservices.h"
#include "consentbrowser.h"
#include "consentbrowserloader.h"
#include "consentwizard.h"
#include "statuslabel.h"
#include "ui_signinform.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QHostAddress>
#include <QPainter>
#include <QTimer>

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

} // namespace

ConsentSignInPage::ConsentSignInPage(ConsentWizard &wizard, QWidget *parent)
    : QWizardPage(parent)
    , m_wizard(wizard)
    , m_controller(wizard.controller())
    , m_ui(std::make_unique<Ui::SignInForm>())
{
    m_ui->setupUi(this);
    setObjectName(u"consentSignInPage"_s);
    setTitle(tr("Sign in"));
    setSubTitle(tr("Sign in with the integration account, complete MFA and accept the "
                   "permissions. PCAuth keeps the answer; the page it redirects to is never "
                   "opened."));
    connect(m_ui->cancelSignInButton, &QPushButton::clicked, &m_controller,
            &ConsentController::cancel);
    connect(m_ui->copyLinkButton, &QPushButton::clicked, this, &ConsentSignInPage::copyLink);
    connect(m_ui->systemBrowserButton, &QPushButton::clicked, this, [this] { startAttempt(true); });
    connect(&m_controller, &ConsentController::statusChanged, this, [this] {
        showStatusText(m_ui->statusLabel, m_controller.statusText(),
                       m_controller.statusIsProblem());
    });
    connect(&m_controller, &ConsentController::stageChanged, this,
            &ConsentSignInPage::onStageChanged);
    connect(&m_controller, &ConsentController::embeddedBrowserRequested, this,
            &ConsentSignInPage::openEmbedded);
    connect(&m_controller, &ConsentController::systemBrowserRequested, this,
            &ConsentSignInPage::openSystemBrowser);
    connect(&m_controller, &ConsentController::finished, this, &ConsentSignInPage::onFinished);
}

// The wizard's controller may be gone already (it is the wizard's first child): not touched.
ConsentSignInPage::~ConsentSignInPage()
{
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
    m_controller.abandon();
    releaseBrowser(true);
}

void ConsentSignInPage::startAttempt(bool systemBrowser)
{
    abandonAttempt();
    m_finished = false;
    m_saving = false;
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

    m_controller.setSystemBrowser(systemBrowser);
    m_controller.setAcceptWithoutMfa(m_wizard.acceptWithoutMfa());
    m_controller.start(m_wizard.profileId());
}

void ConsentSignInPage::openEmbedded(const QUrl &url, const QUrl &redirectUri)
{
    m_redirectUri = redirectUri;
    QString problem;
    ConsentBrowserFactory *factory = ConsentBrowserLoader::factory(&problem);
    if (!factory) {
        m_ui->browserFrame->hide();
        m_controller.showNote(problem, true);
        return;
    }
    createBrowser(*factory, redirectUri);
    m_browser->load(url);
}

void ConsentSignInPage::openSystemBrowser(const QUrl &url)
{
    m_ui->linkValue->setText(url.toString(QUrl::FullyEncoded));
    if (!QDesktopServices::openUrl(url))
        m_controller.systemBrowserNotOpened();
}

void ConsentSignInPage::createBrowser(ConsentBrowserFactory &factory, const QUrl &redirectUri)
{
    ConsentBrowser::Handlers handlers;
    handlers.redirectCaught = [this](const QUrl &url) { m_controller.complete(url); };
    handlers.certificateRefused = [this](const QString &explanation) {
        m_controller.showNote(explanation, true);
    };
    handlers.popupOpened = [this](const QUrl &url) {
        m_controller.showNote(tr("%1 was opened in the system browser.").arg(url.host()), false);
    };
    handlers.urlChanged = [this](const QUrl &url) { onUrlChanged(url); };
    handlers.loadProgress = [this](int progress) { m_ui->loadProgress->setValue(progress); };
    handlers.loadFinished = [this](bool ok) { onLoadFinished(ok); };
    m_browser = factory.createBrowser(redirectUri, std::move(handlers), m_ui->browserFrame);
    m_ui->browserLayout->addWidget(m_browser->widget());
    setTabOrder(m_ui->addressBar, m_browser->widget());
    // Typing goes into the sign-in page at once: the page focuses its first field itself.
    m_browser->widget()->setFocus();
}

void ConsentSignInPage::releaseBrowser(bool deferred)
{
    QWidget *widget = m_browser ? m_browser->widget() : nullptr;
    if (m_browser) {
        m_browser->clearHandlers();
        widget->hide();
        m_ui->browserLayout->removeWidget(widget);
    }
    m_doomed << QPointer<QObject>(widget);
    m_browser = nullptr;
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

void ConsentSignInPage::onStageChanged(ConsentController::Stage stage)
{
    m_ui->cancelSignInButton->setEnabled(m_controller.canCancel());
    if (stage != ConsentController::Stage::Redeeming || m_saving)
        return;
    m_saving = true;
    m_ui->systemBrowserButton->setEnabled(false);
    m_ui->loadProgress->setRange(0, 0); // busy: the token endpoint and the keychain
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
    // Each form (password, MFA code) takes the keyboard as it appears.
    QWidget *view = m_browser ? m_browser->widget() : nullptr;
    const QWidget *focused = QApplication::focusWidget();
    if (ok && view && focused != view && !view->isAncestorOf(focused))
        view->setFocus();
    if (ok || !m_controller.canCancel() || !m_browser)
        return;
    // A refused navigation (the redirect) also ends a load without success.
    if (isConsentRedirect(m_browser->requestedUrl(), m_redirectUri))
        return;
    m_controller.showNote(
        tr("The sign-in page of %1 could not be loaded. Check the network connection "
           "and the profile's cloud, then try again.")
            .arg(m_browser->requestedUrl().host()),
        true);
}

void ConsentSignInPage::onFinished()
{
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
}

void ConsentSignInPage::copyLink()
{
    const QUrl link = m_controller.signInUrl();
    if (link.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(link.toString(QUrl::FullyEncoded));
    m_controller.showNote(tr("Sign-in link copied to the clipboard."), false);
}

} // namespace PCAuth

// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "consentwebpage.h"

#include "consentbrowser.h"

#include <QDesktopServices>
#include <QWebEngineCertificateError>
#include <QWebEngineNewWindowRequest>

using namespace Qt::StringLiterals;

namespace PCAuth {

ConsentWebPage::ConsentWebPage(QWebEngineProfile *profile, QUrl redirectUri, QObject *parent)
    : QWebEnginePage(profile, parent)
    , m_redirectUri(std::move(redirectUri))
{
    connect(this, &QWebEnginePage::newWindowRequested, this, &ConsentWebPage::onNewWindow);
    connect(this, &QWebEnginePage::certificateError, this, &ConsentWebPage::onCertificateError);
}

ConsentWebPage::~ConsentWebPage() = default;

bool ConsentWebPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    if (isConsentRedirect(url, m_redirectUri)) {
        Q_EMIT redirectCaught(url);
        return false;
    }
    return QWebEnginePage::acceptNavigationRequest(url, type, isMainFrame);
}

QWebEnginePage *ConsentWebPage::createWindow(WebWindowType type)
{
    Q_UNUSED(type)
    return nullptr;
}

void ConsentWebPage::onNewWindow(QWebEngineNewWindowRequest &request)
{
    const QUrl url = request.requestedUrl();
    // A pop-up that IS the redirect still belongs to this sign-in.
    if (isConsentRedirect(url, m_redirectUri)) {
        Q_EMIT redirectCaught(url);
        return;
    }
    if (url.scheme() == "https"_L1 || url.scheme() == "http"_L1) {
        QDesktopServices::openUrl(url);
        Q_EMIT popupOpened(url);
    }
}

void ConsentWebPage::onCertificateError(const QWebEngineCertificateError &error)
{
    // The QWebEngineCertificateError is a value handle on the pending decision; rejecting
    // through a copy is the documented way in Qt 6.
    QWebEngineCertificateError decision = error;
    decision.rejectCertificate();
    Q_EMIT certificateRefused(
        tr("The connection to %1 is not secure (%2), so the page was blocked: a sign-in page "
           "must never be shown over a connection that could be intercepted. Check the "
           "computer's date and any proxy or antivirus that inspects HTTPS, or sign in with "
           "the system browser instead.")
            .arg(error.url().host(), error.description()));
}

} // namespace PCAuth

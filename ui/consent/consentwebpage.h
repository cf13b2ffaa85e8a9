// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QUrl>
#include <QWebEnginePage>

class QWebEngineCertificateError;
class QWebEngineNewWindowRequest;

namespace PCAuth {

/// The embedded sign-in browser's page (in the consent-browser plugin). It exists to keep three
/// promises:
///  - the redirect URI is NEVER loaded: the navigation to it is refused and its URL (with the
///    code or the error) handed over through redirectCaught(). Loading it would send the
///    authorization code to whatever listens on that port, or show an error page to a user
///    whose consent in fact succeeded;
///  - pop-ups (help links, "Terms of use") open in the system browser, never in a window of
///    ours that would look like part of the sign-in;
///  - a certificate error is always refused: the page carries the partner's password and MFA
///    code, so there is no "continue anyway".
class ConsentWebPage final : public QWebEnginePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsentWebPage)

public:
    /// `profile` must outlive the page (the sign-in page deletes the page first).
    ConsentWebPage(QWebEngineProfile *profile, QUrl redirectUri, QObject *parent = nullptr);
    ~ConsentWebPage() override;

Q_SIGNALS:
    /// The browser was about to go to the redirect URI; the navigation was refused.
    void redirectCaught(const QUrl &url);
    /// A pop-up was opened in the system browser instead.
    void popupOpened(const QUrl &url);
    /// A certificate error was refused; `explanation` says what and what to do.
    void certificateRefused(const QString &explanation);

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
    /// Returns nullptr: newWindowRequested() (which knows the URL, unlike this function) has
    /// already sent it to the system browser.
    QWebEnginePage *createWindow(WebWindowType type) override;

private:
    void onNewWindow(QWebEngineNewWindowRequest &request);
    void onCertificateError(const QWebEngineCertificateError &error);

    QUrl m_redirectUri;
};

} // namespace PCAuth

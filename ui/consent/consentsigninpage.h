// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include "consentcontroller.h"

#include <memory>

#include <QList>
#include <QPointer>
#include <QUrl>
#include <QWizardPage>

namespace Ui {
class SignInForm;
}

namespace PCAuth {

class ConsentBrowser;
class ConsentBrowserFactory;
class ConsentWizard;

/// Step 3: the sign-in itself, in an embedded browser or in the system browser. The wizard's
/// ConsentController runs the attempt (its flow, timeout and stage); this page shows it and
/// owns the browser.
///
/// Each attempt gets its own ConsentFlow and, embedded, its own off-the-record browser
/// profile (no storage name: no cookies, cache or history survive the attempt, so an
/// earlier session can never sign in the wrong account silently). The browser is created
/// only when an embedded attempt starts, from the consent-browser plugin
/// (ConsentBrowserLoader), so neither WebEngine's libraries nor its processes start with the
/// app; without the plugin the page says so and offers the system browser.
/// The redirect never loads (ConsentWebPage); its URL goes to ConsentController::complete().
/// An attempt ends with ConsentController::finished(): success, failure, cancel or timeout.
///
/// Once the code has arrived (embedded or system browser alike) the token is being redeemed
/// and stored: the page says "Saving…", and Cancel, Back and the wizard's Cancel are disabled
/// until the real result is known (ConsentController::isBusy()).
class ConsentSignInPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsentSignInPage)
public:
    explicit ConsentSignInPage(ConsentWizard &wizard, QWidget *parent = nullptr);
    ~ConsentSignInPage() override;

    void initializePage() override;
    /// Back: the attempt is abandoned (nothing stored, nothing reported).
    void cleanupPage() override;
    bool isComplete() const override;

    /// Ends any running attempt quietly and starts a new one.
    void startAttempt(bool systemBrowser);
    /// Ends the running attempt without reporting it (Back, closing the wizard).
    void abandonAttempt();
    /// The embedded browser of the running attempt; null in system-browser mode.
    ConsentBrowser *browser() const { return m_browser; }

private:
    void createBrowser(ConsentBrowserFactory &factory, const QUrl &redirectUri);
    void openEmbedded(const QUrl &url, const QUrl &redirectUri);
    void openSystemBrowser(const QUrl &url);
    /// Deletes the browser (its view, then its page, then its profile: the order WebEngine
    /// requires); `deferred` when called from inside one of its handlers.
    void releaseBrowser(bool deferred);
    void deleteDoomed();
    void onFinished();
    void onStageChanged(ConsentController::Stage stage);
    /// Enables or disables the wizard's Back and Cancel for the saving phase.
    void setWizardButtonsEnabled(bool enabled);
    void onUrlChanged(const QUrl &url);
    void onLoadFinished(bool ok);
    void copyLink();

    ConsentWizard &m_wizard;
    ConsentController &m_controller;
    std::unique_ptr<Ui::SignInForm> m_ui;
    ConsentBrowser *m_browser = nullptr;
    /// Browsers of ended attempts, to be deleted.
    QList<QPointer<QObject>> m_doomed;
    /// The running embedded attempt's redirect URI: a load that ends there was refused.
    QUrl m_redirectUri;
    bool m_finished = false;
    bool m_saving = false;
};

} // namespace PCAuth

// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include <functional>

#include <QString>
#include <QUrl>
#include <QtPlugin>

class QWidget;

namespace PCAuth {

/// Same scheme, host and port (defaults applied) and path ("" taken as "/") as
/// `redirectUri`; query and fragment are the answer, so they are ignored.
inline bool isConsentRedirect(const QUrl &url, const QUrl &redirectUri)
{
    if (!url.isValid() || !redirectUri.isValid())
        return false;
    const auto path = [](const QUrl &u) {
        const QString p = u.path(QUrl::FullyDecoded);
        return p.isEmpty() ? QStringLiteral("/") : p;
    };
    const auto port = [](const QUrl &u) {
        const QString scheme = u.scheme().toLower();
        return u.port(
            scheme == QLatin1String("https") ? 443 : (scheme == QLatin1String("http") ? 80 : -1));
    };
    return url.scheme().compare(redirectUri.scheme(), Qt::CaseInsensitive) == 0
           && url.host().compare(redirectUri.host(), Qt::CaseInsensitive) == 0
           && port(url) == port(redirectUri) && path(url) == path(redirectUri);
}

/// The embedded sign-in browser as the consent wizard's sign-in page sees it. It lives in the
/// consent-browser plugin (the only code that links Qt WebEngine), which the app loads on
/// first use, so that starting PCAuth neither loads nor links WebEngine's libraries.
///
/// Header-only and without a meta-object on purpose: the plugin and the app share no library
/// of PCAuth's, only this header and Qt.
class ConsentBrowser
{
public:
    /// What the browser reports. Each may be empty; none is called after
    /// clearHandlers().
    struct Handlers
    {
        /// The browser was about to go to the redirect URI; the navigation was refused.
        std::function<void(const QUrl &)> redirectCaught;
        /// A certificate error was refused; the text says what and what to do.
        std::function<void(const QString &)> certificateRefused;
        /// A pop-up was opened in the system browser instead.
        std::function<void(const QUrl &)> popupOpened;
        std::function<void(const QUrl &)> urlChanged;
        std::function<void(int)> loadProgress;
        std::function<void(bool)> loadFinished;
    };

    virtual ~ConsentBrowser() = default;

    /// The browser's widget, which owns everything of the browser: deleting it deletes the
    /// view, then its page, then the off-the-record profile (the order WebEngine requires).
    virtual QWidget *widget() = 0;
    virtual void load(const QUrl &url) = 0;
    /// The URL the page was last asked to load (a refused navigation included).
    virtual QUrl requestedUrl() const = 0;
    /// No handler is called from now on (the browser is about to be deleted).
    virtual void clearHandlers() = 0;
};

/// The consent-browser plugin's root object (QPluginLoader::instance()).
class ConsentBrowserFactory
{
public:
    virtual ~ConsentBrowserFactory() = default;

    /// A browser with a fresh off-the-record profile (no cookies, cache or history survive
    /// it) that never loads `redirectUri`, opens pop-ups in the system browser and refuses
    /// every certificate error. Its widget() is a child of `parent`.
    virtual ConsentBrowser *createBrowser(const QUrl &redirectUri,
                                          ConsentBrowser::Handlers handlers, QWidget *parent) = 0;
};

} // namespace PCAuth

#define PCAuthConsentBrowserFactory_iid "io.github.pcauth.PCAuth.ConsentBrowserFactory/1"
Q_DECLARE_INTERFACE(PCAuth::ConsentBrowserFactory, PCAuthConsentBrowserFactory_iid)

// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
//
// The consent-browser plugin: the embedded sign-in browser (Qt WebEngine) behind the
// ConsentBrowserFactory interface, loaded by the app on first use.
#include "consentbrowser.h"
#include "consentwebpage.h"

#include <QCoreApplication>
#include <QVBoxLayout>
#include <QWebEngineProfile>
#include <QWebEngineView>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace PCAuth {

namespace {

/// The view, its page and the off-the-record profile in one widget.
class WebConsentBrowser final : public QWidget, public ConsentBrowser
{
public:
    WebConsentBrowser(const QUrl &redirectUri, Handlers handlers, QWidget *parent)
        : QWidget(parent)
        , m_handlers(std::move(handlers))
        , m_profile(new QWebEngineProfile(this)) // no storage name: off the record
        , m_page(new ConsentWebPage(m_profile, redirectUri, this))
        , m_view(new QWebEngineView(this))
    {
        auto *layout = new QVBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        m_view->setObjectName(u"signInView"_s);
        m_view->setAccessibleName(
            QCoreApplication::translate("PCAuth::ConsentSignInPage", "Sign-in page"));
        m_view->setPage(m_page);
        layout->addWidget(m_view);
        setFocusProxy(m_view);
        connect(m_page, &ConsentWebPage::redirectCaught, this,
                [this](const QUrl &url) { call(m_handlers.redirectCaught, url); });
        connect(m_page, &ConsentWebPage::certificateRefused, this,
                [this](const QString &text) { call(m_handlers.certificateRefused, text); });
        connect(m_page, &ConsentWebPage::popupOpened, this,
                [this](const QUrl &url) { call(m_handlers.popupOpened, url); });
        connect(m_page, &QWebEnginePage::urlChanged, this,
                [this](const QUrl &url) { call(m_handlers.urlChanged, url); });
        connect(m_page, &QWebEnginePage::loadProgress, this,
                [this](int progress) { call(m_handlers.loadProgress, progress); });
        connect(m_page, &QWebEnginePage::loadFinished, this,
                [this](bool ok) { call(m_handlers.loadFinished, ok); });
    }

    // The view first, then its page, then the profile: WebEngine warns (and may crash) when
    // a profile goes before its pages.
    ~WebConsentBrowser() override
    {
        clearHandlers();
        delete m_view;
        delete m_page;
        delete m_profile;
    }

    QWidget *widget() override { return this; }
    void load(const QUrl &url) override { m_view->load(url); }
    QUrl requestedUrl() const override { return m_page->requestedUrl(); }
    void clearHandlers() override
    {
        m_handlers = {};
        m_page->disconnect(this);
    }

private:
    // A copy runs: a handler may end the attempt, which clears the handlers.
    template<typename Handler, typename Value>
    static void call(const Handler &handler, const Value &value)
    {
        if (const Handler running = handler)
            running(value);
    }

    Handlers m_handlers;
    QWebEngineProfile *m_profile;
    ConsentWebPage *m_page;
    QWebEngineView *m_view;
};

} // namespace

class ConsentBrowserPlugin final : public QObject, public ConsentBrowserFactory
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID PCAuthConsentBrowserFactory_iid)
    Q_INTERFACES(PCAuth::ConsentBrowserFactory)

public:
    ConsentBrowser *createBrowser(const QUrl &redirectUri, ConsentBrowser::Handlers handlers,
                                  QWidget *parent) override
    {
        return new WebConsentBrowser(redirectUri, std::move(handlers), parent);
    }
};

} // namespace PCAuth

#include "consentbrowserplugin.moc"

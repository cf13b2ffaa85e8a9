// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "oauth/loopbackreceiver.h"

#include <QHostAddress>
#include <QList>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace PCAuth {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK"_ba;
    case 400:
        return "Bad Request"_ba;
    case 404:
        return "Not Found"_ba;
    case 405:
        return "Method Not Allowed"_ba;
    case 431:
        return "Request Header Fields Too Large"_ba;
    case 503:
        return "Service Unavailable"_ba;
    default:
        return "Error"_ba;
    }
}

QString htmlParagraphs(const QString &text)
{
    QString html;
    const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines)
        html += u"<p>"_s + line.toHtmlEscaped() + u"</p>\n"_s;
    return html;
}

QByteArray htmlPage(const QString &title, const QString &text)
{
    const QString html = u"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
                         "<title>PCAuth</title><style>body{font-family:sans-serif;"
                         "max-width:40em;margin:4em auto;line-height:1.5}</style></head>\n"
                         "<body><h1>"_s
                         + title.toHtmlEscaped() + u"</h1>\n"_s + htmlParagraphs(text)
                         + u"</body></html>\n"_s;
    return html.toUtf8();
}

/// "Host: 127.0.0.1:4711", "localhost:4711" and "[::1]:4711" are all fine whatever spelling was
/// registered: the browser sends what the user (or a rewrite) used, and all reach this port.
bool isOurHost(const QByteArray &host, quint16 port)
{
    const QByteArray suffix = ':' + QByteArray::number(port);
    const QByteArray lower = host.trimmed().toLower();
    return lower == "127.0.0.1"_ba + suffix || lower == "localhost"_ba + suffix
           || lower == "[::1]"_ba + suffix;
}

/// How often a free port is drawn again when only its [::1] side is taken.
constexpr int FreePortAttempts = 8;

} // namespace

LoopbackReceiver::LoopbackReceiver(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    for (QTcpServer *server : {&m_server, &m_server6})
        connect(server, &QTcpServer::newConnection, this,
                [this, server] { onNewConnection(server); });
    connect(&m_timer, &QTimer::timeout, this, [this] {
        RedirectResult result;
        result.problem = RedirectResult::Problem::TimedOut;
        result.message = tr("No answer from the browser: timed out after %n s.", nullptr,
                            static_cast<int>(m_timeout.count()));
        finish(result);
    });
}

LoopbackReceiver::~LoopbackReceiver()
{
    // Drop open connections while the members their handlers use still exist.
    const QList<QTcpSocket *> sockets = findChildren<QTcpSocket *>(Qt::FindDirectChildrenOnly);
    for (QTcpSocket *socket : sockets) {
        socket->disconnect(this);
        delete socket;
    }
}

Expected<QUrl> LoopbackReceiver::listen()
{
    return listen(QUrl(u"http://127.0.0.1/"_s));
}

Expected<QUrl> LoopbackReceiver::listen(const QUrl &registered)
{
    if (m_server.isListening())
        return m_redirectUri;
    const QString host = registered.host().toLower();
    if (!registered.isValid() || registered.scheme() != u"http"_s
        || (host != u"127.0.0.1"_s && host != u"localhost"_s) || registered.hasQuery()
        || registered.hasFragment() || !registered.userInfo().isEmpty())
        return fail(tr("The redirect URI %1 cannot be served by PCAuth: use http://127.0.0.1/ or "
                       "http://localhost/ (any port, optional path) for the system browser.")
                        .arg(registered.toDisplayString()));
    const auto port = static_cast<quint16>(registered.port(0));
    const bool bothFamilies = host == u"localhost"_s;
    Expected<quint16> bound = quint16(0);
    bool retry = false;
    for (int attempt = 0; attempt < (port == 0 ? FreePortAttempts : 1); ++attempt) {
        bound = bind(port, bothFamilies, &retry);
        if (bound.ok() || !retry)
            break;
    }
    if (!bound.ok())
        return fail(bound.error());
    m_redirectUri = registered;
    m_redirectUri.setHost(host);
    m_redirectUri.setPort(m_server.serverPort());
    if (m_redirectUri.path().isEmpty())
        m_redirectUri.setPath(u"/"_s);
    return m_redirectUri;
}

Expected<quint16> LoopbackReceiver::bind(quint16 port, bool bothFamilies, bool *retry)
{
    *retry = false;
    if (!m_server.listen(QHostAddress(QHostAddress::LocalHost), port))
        return fail(
            tr("Cannot listen on 127.0.0.1 port %1: %2").arg(port).arg(m_server.errorString()));
    const quint16 bound = m_server.serverPort();
    if (!bothFamilies || m_server6.listen(QHostAddress(QHostAddress::LocalHostIPv6), bound))
        return bound;
    switch (m_server6.serverError()) {
    case QAbstractSocket::UnsupportedSocketOperationError: // no IPv6 at all
    case QAbstractSocket::SocketAddressNotAvailableError: // IPv6 without ::1
        return bound; // nobody can listen on [::1] either
    default:
        break;
    }
    const QString reason = m_server6.errorString();
    m_server.close();
    *retry = m_server6.serverError() == QAbstractSocket::AddressInUseError;
    return fail(tr("Cannot listen on [::1] port %1: %2. Another program holds this port on the "
                   "IPv6 loopback, where a browser may send the sign-in answer for localhost: "
                   "close that program, or register a redirect URI with another port or with "
                   "127.0.0.1.")
                    .arg(bound)
                    .arg(reason));
}

bool LoopbackReceiver::isListening() const
{
    return m_server.isListening();
}

bool LoopbackReceiver::isListeningOnIpv6() const
{
    return m_server6.isListening();
}

QHostAddress LoopbackReceiver::serverAddress() const
{
    return m_server.serverAddress();
}

QUrl LoopbackReceiver::redirectUri() const
{
    return m_redirectUri;
}

void LoopbackReceiver::start(const QByteArray &expectedState, std::chrono::seconds timeout)
{
    if (m_started)
        return;
    m_started = true;
    m_state = expectedState;
    m_timeout = timeout;
    if (!m_server.isListening()) {
        const Expected<QUrl> listening = listen();
        if (!listening.ok())
            return finishLater(RedirectResult::Problem::ListenFailed, listening.error());
    }
    if (m_state.isEmpty())
        return finishLater(RedirectResult::Problem::NoState,
                           tr("No state was given to check the answer against; the sign-in "
                              "cannot be verified."));
    if (m_timeout.count() > 0)
        m_timer.start(m_timeout);
}

void LoopbackReceiver::cancel()
{
    RedirectResult result;
    result.problem = RedirectResult::Problem::Cancelled;
    result.message = tr("The sign-in was cancelled in PCAuth.");
    finish(result);
}

void LoopbackReceiver::onNewConnection(QTcpServer *server)
{
    while (QTcpSocket *socket = server->nextPendingConnection()) {
        socket->setParent(this);
        m_buffers.insert(socket, {});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            forget(socket);
            socket->deleteLater();
        });
    }
}

void LoopbackReceiver::onReadyRead(QTcpSocket *socket)
{
    const auto it = m_buffers.find(socket);
    if (it == m_buffers.end())
        return; // already answered
    it.value() += socket->readAll();
    const qsizetype end = it.value().indexOf("\r\n\r\n");
    if ((end < 0 && it.value().size() > MaxHeaderBytes) || end + 4 > MaxHeaderBytes)
        return reply(socket, 431, Page::Problem,
                     tr("The request is too large for PCAuth's sign-in receiver."));
    if (end >= 0)
        handle(socket, it.value().left(end));
}

LoopbackReceiver::Request LoopbackReceiver::parseRequest(const QByteArray &head, quint16 port)
{
    const auto refuse = [](int status, const QString &problem) {
        Request request;
        request.status = status;
        request.problem = problem;
        return request;
    };
    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> parts = lines.first().trimmed().split(' ');
    const bool wellFormed = parts.size() == 3 && !parts.at(0).isEmpty()
                            && parts.at(1).startsWith('/') && parts.at(2).startsWith("HTTP/1."_ba);
    if (!wellFormed)
        return refuse(400, tr("The request is not valid HTTP/1.1."));
    QByteArray host;
    int hostCount = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || line.startsWith(' ') || line.startsWith('\t'))
            return refuse(400, tr("The request has a malformed header."));
        if (line.left(colon).trimmed().toLower() == "host"_ba) {
            host = line.mid(colon + 1).trimmed();
            ++hostCount;
        }
    }
    if (parts.at(0) != "GET"_ba)
        return refuse(405, tr("PCAuth's sign-in receiver only answers GET requests."));
    if (hostCount != 1 || !isOurHost(host, port))
        return refuse(400, tr("This request names another host; PCAuth only answers requests "
                              "for its own loopback address."));
    Request request;
    // Qt 6.8's fromEncoded() takes a QByteArrayView, which a QStringBuilder does not convert to.
    request.url =
        QUrl::fromEncoded(QByteArray("http://"_ba + host + parts.at(1)), QUrl::StrictMode);
    if (!request.url.isValid())
        return refuse(400, tr("The request's address is not valid."));
    return request;
}

void LoopbackReceiver::handle(QTcpSocket *socket, const QByteArray &head)
{
    const Request request = parseRequest(head, m_server.serverPort());
    if (request.status != 0)
        return reply(socket, request.status, Page::Problem, request.problem);
    handleAnswer(socket, request.url);
}

void LoopbackReceiver::handleAnswer(QTcpSocket *socket, const QUrl &url)
{
    using Problem = RedirectResult::Problem;
    if (!m_started || m_finished)
        return reply(socket, 503, Page::Problem, tr("PCAuth is not waiting for a sign-in."));
    // Compare against our own spelling of the host: both spellings reach the same socket.
    QUrl normalized = url;
    normalized.setHost(m_redirectUri.host());
    const RedirectResult result = parseRedirect(normalized, m_redirectUri, m_state);
    switch (result.problem) {
    case Problem::NotTheRedirect:
        return reply(socket, 404, Page::Problem, tr("There is nothing at this address."));
    case Problem::NoState:
        return reply(socket, 400, Page::Waiting,
                     tr("This address only takes the answer of a sign-in started by PCAuth."));
    case Problem::StateMismatch:
        return reply(socket, 400, Page::Waiting, result.message);
    default:
        break;
    }
    if (result.kind == RedirectResult::Kind::Code)
        reply(socket, 200, Page::Success, tr("You can close this tab and return to PCAuth."));
    else
        reply(socket, result.kind == RedirectResult::Kind::Error ? 200 : 400, Page::Failure,
              result.message);
    finish(result);
}

void LoopbackReceiver::reply(QTcpSocket *socket, int status, Page page, const QString &text)
{
    QString title;
    QString body = text;
    switch (page) {
    case Page::Success:
        title = tr("Sign-in complete");
        break;
    case Page::Failure:
        title = tr("Sign-in failed");
        body += u'\n' + tr("You can close this tab and return to PCAuth.");
        break;
    case Page::Waiting:
        title = tr("PCAuth is still waiting");
        body += u'\n' + tr("Finish the sign-in in the tab PCAuth opened.");
        break;
    case Page::Problem:
        title = tr("PCAuth sign-in receiver");
        break;
    }
    const QByteArray html = htmlPage(title, body);
    QByteArray head =
        "HTTP/1.1 "_ba + QByteArray::number(status) + ' ' + reasonPhrase(status)
        + "\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: "_ba
        + QByteArray::number(html.size())
        + "\r\nConnection: close\r\nCache-Control: no-store\r\nReferrer-Policy: no-referrer"
          "\r\nX-Content-Type-Options: nosniff\r\nContent-Security-Policy: default-src 'none'; "
          "style-src 'unsafe-inline'\r\n"_ba;
    if (status == 405)
        head += "Allow: GET\r\n"_ba;
    forget(socket);
    socket->write(head + "\r\n"_ba + html);
    socket->disconnectFromHost(); // after the pending bytes are written
}

void LoopbackReceiver::forget(QTcpSocket *socket)
{
    m_buffers.remove(socket);
    disconnect(socket, &QTcpSocket::readyRead, this, nullptr);
}

void LoopbackReceiver::finish(const RedirectResult &result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_timer.stop();
    m_server.close();
    m_server6.close();
    // Answered sockets were forgotten and finish their write; idle ones (browsers open spare
    // connections) are dropped.
    const QList<QTcpSocket *> idle = m_buffers.keys();
    m_buffers.clear();
    for (QTcpSocket *socket : idle) {
        socket->abort();
        socket->deleteLater();
    }
    Q_EMIT finished(result);
}

void LoopbackReceiver::finishLater(RedirectResult::Problem problem, const QString &message)
{
    RedirectResult result;
    result.problem = problem;
    result.message = message;
    QMetaObject::invokeMethod(
        this, [this, result] { finish(result); }, Qt::QueuedConnection);
}

} // namespace PCAuth

// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include "oauth/redirect.h"
#include "support/expected.h"

#include <chrono>

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QTcpServer>
#include <QTimer>
#include <QUrl>

class QTcpSocket;

namespace PCAuth {

/// Receives the authorization answer of a system-browser sign-in on a loopback redirect URI
/// (RFC 8252 §7.3), without Qt NetworkAuth (6.4 binds every interface and has no PKCE).
///
///   listen()  -> redirectUri() goes into the AuthorizationRequest
///   start(state, timeout), open the URL in the browser
///   browser  -> GET /?code=…&state=…  -> closing page, server closed, finished(Code)
///
/// Security choices:
///  - bound to loopback only, never to all interfaces: nothing on the network can answer;
///  - for a redirect on "localhost", bound to 127.0.0.1 AND [::1] on the same port. A browser
///    may resolve localhost to ::1 first; if that port were free there, another local process
///    could listen on it and receive the code. RFC 8252 §8.3 would rather use 127.0.0.1 in the
///    redirect, but Entra compares the redirect with the registered string (only the loopback
///    port is free), so "localhost" must stay "localhost". When [::1] is taken on the chosen
///    port, a free port is tried again, or listen() fails for a fixed port; on a machine
///    without an IPv6 loopback nobody can listen there, so 127.0.0.1 alone is enough. A
///    redirect on 127.0.0.1 binds 127.0.0.1 only: no browser sends it to another address;
///  - single use: the server closes after the first answer with the right state, so a second
///    request gets "connection refused";
///  - a request without exactly one state equal to the expected one (favicon, a probe, a user
///    typing the address, a wrong or repeated state, whatever else it carries) gets an error
///    page (400) and the receiver keeps waiting until the timeout. Why not finish: an old tab
///    or a restored session may replay an earlier answer, any web page can make the browser
///    send a GET to 127.0.0.1, and any local process can connect; none knows the state, and
///    each would otherwise kill the sign-in the user is completing in the right tab. An answer
///    with the right state but neither code nor error, or a parameter twice, finishes
///    (Problem::Malformed): it is the real answer, and waiting cannot mend it;
///  - the Host header must name the loopback address and port (DNS rebinding);
///  - just enough HTTP/1.1: one GET per connection, request line and headers at most
///    MaxHeaderBytes (431 beyond), anything malformed 400, other methods 405, always
///    "Connection: close";
///  - the code never appears in a page, a message or a log (nothing is logged at all).
///
/// finished() is emitted exactly once after start(): with the answer, on the timeout
/// (Problem::TimedOut), on cancel() (Problem::Cancelled) or when listening failed
/// (Problem::ListenFailed). Failures found in start() are reported through a queued
/// finished(), so connecting after start() is fine.
class LoopbackReceiver final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoopbackReceiver)

public:
    /// Request line and headers; a browser's GET is about 1 KiB.
    static constexpr qsizetype MaxHeaderBytes = 8 * 1024;

    explicit LoopbackReceiver(QObject *parent = nullptr);
    ~LoopbackReceiver() override;

    /// Binds the loopback and returns the redirect URI to send, with the port filled in.
    /// `registered`: the redirect URI registered for the app. It must be http:// with host
    /// 127.0.0.1 or localhost (that spelling is kept: Entra compares it) and may carry a path;
    /// its port is used when given, else the system picks a free one (Entra accepts any port
    /// on loopback). "localhost" listens on 127.0.0.1 and [::1] (see above), 127.0.0.1 on
    /// 127.0.0.1 only.
    Expected<QUrl> listen(const QUrl &registered);
    /// What the receiver makes of a request's head (the request line and the headers, without
    /// the empty line that ends them) before it reads the answer in the address.
    struct Request
    {
        /// 0: a well-formed GET for this server; else the status to answer with (400, 405).
        int status = 0;
        /// Why, when status is not 0; shown on the page sent back.
        QString problem;
        /// http://<Host><request target>, when status is 0.
        QUrl url;
    };
    /// Reads `head` for a server on 127.0.0.1:`port`. Pure: the fuzz target calls it.
    static Request parseRequest(const QByteArray &head, quint16 port);

    /// listen(http://127.0.0.1/) on a free port.
    Expected<QUrl> listen();
    bool isListening() const;
    /// The IPv4 address bound: 127.0.0.1 while listening. For tests and diagnostics.
    QHostAddress serverAddress() const;
    /// True while [::1] is held too (a localhost redirect on a machine with IPv6 loopback).
    bool isListeningOnIpv6() const;
    /// Empty until listen() succeeded.
    QUrl redirectUri() const;

    /// Starts waiting for the answer carrying `expectedState`. Listens first on a free
    /// 127.0.0.1 port if listen() was not called. A timeout of zero or less waits until
    /// cancel(). Call once.
    void start(const QByteArray &expectedState, std::chrono::seconds timeout);

public Q_SLOTS:
    /// Stops waiting: the server is closed and finished(Problem::Cancelled) is emitted.
    void cancel();

Q_SIGNALS:
    void finished(const PCAuth::RedirectResult &result);

private:
    enum class Page { Success, Failure, Waiting, Problem };

    /// Binds `port` (0: a free one) on 127.0.0.1, and on [::1] too when `bothFamilies`.
    /// `retry` is set when only [::1] was taken, so another free port may do.
    Expected<quint16> bind(quint16 port, bool bothFamilies, bool *retry);
    void onNewConnection(QTcpServer *server);
    void onReadyRead(QTcpSocket *socket);
    void handle(QTcpSocket *socket, const QByteArray &head);
    void handleAnswer(QTcpSocket *socket, const QUrl &url);
    void reply(QTcpSocket *socket, int status, Page page, const QString &text);
    void forget(QTcpSocket *socket);
    void finish(const RedirectResult &result);
    void finishLater(RedirectResult::Problem problem, const QString &message);

    QTcpServer m_server;
    /// [::1], same port as m_server; listening only for a localhost redirect.
    QTcpServer m_server6;
    QTimer m_timer;
    QUrl m_redirectUri;
    QByteArray m_state;
    std::chrono::seconds m_timeout{0};
    bool m_started = false;
    bool m_finished = false;
    /// Open connections and what they sent so far.
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

} // namespace PCAuth

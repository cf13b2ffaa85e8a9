// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include <functional>
#include <map>
#include <memory>

#include <QAbstractHttpServer>
#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

QT_BEGIN_NAMESPACE
class QHttpServerResponder;
class QTcpServer;
class QTcpSocket;
QT_END_NAMESPACE

namespace PCAuth::Sandbox {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// A copy of what a handler needs from the request. Qt 6.4 reuses one QHttpServerRequest per
// connection, so nothing may keep a reference to it once a response is parked.
struct HttpRequest
{
    QByteArray method; // upper case: GET, POST, ...
    QString path; // decoded path, no query
    QUrlQuery query; // read like a form body: '+' is a space (formQuery)
    HeaderList headers;
    QByteArray body;
    QHostAddress remote;

    QByteArray header(const QByteArray &name) const; // case-insensitive, empty when absent
    QUrlQuery form() const; // body as application/x-www-form-urlencoded
};

// Reads application/x-www-form-urlencoded text, a form body or a query string: '+' is a
// space, as browsers and OAuth libraries write it and Entra reads it (QUrlQuery alone keeps it
// a '+'); "%2B" is a '+'. Every query and form body the sandbox reads goes through it.
QUrlQuery formQuery(const QByteArray &encoded);

// What a handler answers. `dropConnection` and `delayMs` are fault injection: the adapter
// aborts the socket, or parks the responder and answers from a timer (never sleeps).
struct HttpResponse
{
    int status = 200;
    HeaderList headers;
    QByteArray body;
    bool dropConnection = false;
    int delayMs = 0;

    void setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(const QByteArray &name) const;

    static HttpResponse json(int status, const QByteArray &body);
    static HttpResponse html(int status, const QByteArray &body);
    static HttpResponse redirect(const QUrl &location);
};

// The one place where Qt HttpServer's API differences (6.4: handleRequest(request, socket),
// HeaderList writes; later: responder references, QHttpHeaders) are handled. Everything else
// sees HttpRequest/HttpResponse only.
class HttpServerAdapter final : public QAbstractHttpServer
{
    Q_OBJECT
public:
    using Handler = std::function<HttpResponse(const HttpRequest &)>;

    explicit HttpServerAdapter(Handler handler, QObject *parent = nullptr);
    ~HttpServerAdapter() override;

    // Listens on `address`:`port` (0 = any free port). Returns false with `error` set.
    bool listenOn(const QHostAddress &address, quint16 port, QString *error);
    quint16 port() const;

    int parkedNow() const { return int(m_parked.size()); }
    int parkedMax() const { return m_parkedMax; }

    static constexpr qsizetype MaxBodyBytes = 1024 * 1024;

protected:
#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;
#elif QT_VERSION < QT_VERSION_CHECK(6, 8, 0)
    bool handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder) override;
    void missingHandler(const QHttpServerRequest &request,
                        QHttpServerResponder &&responder) override;
#else
    bool handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder) override;
    void missingHandler(const QHttpServerRequest &request,
                        QHttpServerResponder &responder) override;
#endif

private:
    struct Parked;
    void dispatch(const QHttpServerRequest &request, QHttpServerResponder &&responder,
                  QTcpSocket *socket);
    void deliver(QHttpServerResponder &responder, QTcpSocket *socket, const HttpResponse &response);
    QTcpSocket *socketFor(const QHttpServerRequest &request) const;

    Handler m_handler;
    QTcpServer *m_tcp = nullptr;
    std::map<quint64, std::unique_ptr<Parked>> m_parked;
    quint64 m_nextParkId = 1;
    int m_parkedMax = 0;
};

} // namespace PCAuth::Sandbox

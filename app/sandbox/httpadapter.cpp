// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "httpadapter.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
#include <QHttpHeaders>
#endif

using namespace Qt::StringLiterals;

namespace PCAuth::Sandbox {

QByteArray HttpRequest::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

QUrlQuery formQuery(const QByteArray &encoded)
{
    QByteArray b = encoded;
    b.replace('+', "%20"_ba);
    return QUrlQuery(QString::fromUtf8(b));
}

QUrlQuery HttpRequest::form() const
{
    return formQuery(body);
}

void HttpResponse::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
            h.second = value;
            return;
        }
    }
    headers.append({name, value});
}

QByteArray HttpResponse::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

HttpResponse HttpResponse::json(int status, const QByteArray &body)
{
    HttpResponse r;
    r.status = status;
    r.body = body;
    r.setHeader("Content-Type"_ba, "application/json; charset=utf-8"_ba);
    return r;
}

HttpResponse HttpResponse::html(int status, const QByteArray &body)
{
    HttpResponse r;
    r.status = status;
    r.body = body;
    r.setHeader("Content-Type"_ba, "text/html; charset=utf-8"_ba);
    return r;
}

HttpResponse HttpResponse::redirect(const QUrl &location)
{
    HttpResponse r;
    r.status = 302;
    r.setHeader("Location"_ba, location.toEncoded());
    r.setHeader("Content-Type"_ba, "text/html; charset=utf-8"_ba);
    return r;
}

struct HttpServerAdapter::Parked
{
    explicit Parked(QHttpServerResponder &&r)
        : responder(std::move(r))
    { }
    QHttpServerResponder responder;
    QPointer<QTcpSocket> socket;
    bool hadSocket = false;
    HttpResponse response;
};

HttpServerAdapter::HttpServerAdapter(Handler handler, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_handler(std::move(handler))
{ }

HttpServerAdapter::~HttpServerAdapter() = default;

bool HttpServerAdapter::listenOn(const QHostAddress &address, quint16 port, QString *error)
{
    auto *tcp = new QTcpServer(this);
    tcp->setMaxPendingConnections(1024);
    tcp->setListenBacklogSize(1024); // hundreds of clients may connect at once
    if (!tcp->listen(address, port)) {
        if (error)
            *error = tcp->errorString();
        delete tcp;
        return false;
    }
    m_tcp = tcp;
    bind(tcp); // bind() exists from 6.4 on; listen() is gone in 6.8
    return true;
}

quint16 HttpServerAdapter::port() const
{
    return m_tcp ? m_tcp->serverPort() : 0;
}

static QByteArray methodName(QHttpServerRequest::Method m)
{
    switch (m) {
    case QHttpServerRequest::Method::Get:
        return "GET"_ba;
    case QHttpServerRequest::Method::Put:
        return "PUT"_ba;
    case QHttpServerRequest::Method::Delete:
        return "DELETE"_ba;
    case QHttpServerRequest::Method::Post:
        return "POST"_ba;
    case QHttpServerRequest::Method::Head:
        return "HEAD"_ba;
    case QHttpServerRequest::Method::Options:
        return "OPTIONS"_ba;
    case QHttpServerRequest::Method::Patch:
        return "PATCH"_ba;
    default:
        return "OTHER"_ba;
    }
}

static HttpRequest copyRequest(const QHttpServerRequest &request)
{
    HttpRequest r;
    r.method = methodName(request.method());
    r.path = request.url().path();
    r.query = formQuery(request.url().query(QUrl::FullyEncoded).toUtf8());
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    const QHttpHeaders hs = request.headers();
    for (qsizetype i = 0; i < hs.size(); ++i)
        r.headers.append(
            {QByteArray(hs.nameAt(i).data(), hs.nameAt(i).size()), hs.valueAt(i).toByteArray()});
#else
    const auto hs = request.headers();
    for (const auto &h : hs)
        r.headers.append({h.first, h.second});
#endif
    r.body = request.body();
    r.remote = request.remoteAddress();
    return r;
}

QTcpSocket *HttpServerAdapter::socketFor(const QHttpServerRequest &request) const
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    // Later versions hide the socket behind a stream; find it by the client's port.
    const auto sockets = findChildren<QTcpSocket *>();
    for (QTcpSocket *s : sockets) {
        if (s->peerPort() == request.remotePort() && s->peerAddress() == request.remoteAddress())
            return s;
    }
    return nullptr;
#else
    Q_UNUSED(request);
    return nullptr;
#endif
}

void HttpServerAdapter::dispatch(const QHttpServerRequest &request,
                                 QHttpServerResponder &&responder, QTcpSocket *socket)
{
    HttpResponse response;
    if (request.body().size() > MaxBodyBytes) {
        response = HttpResponse::json(
            413,
            R"({"error":"request_too_large","error_description":"The request body exceeds 1 MiB."})"_ba);
    } else {
        response = m_handler(copyRequest(request));
    }
    if (response.delayMs <= 0) {
        deliver(responder, socket, response);
        return;
    }
    // Park the move-only responder; a timer answers it so the event loop keeps serving others.
    const quint64 id = m_nextParkId++;
    auto parked = std::make_unique<Parked>(std::move(responder));
    parked->socket = socket;
    parked->hadSocket = socket != nullptr;
    parked->response = response;
    m_parked.emplace(id, std::move(parked));
    m_parkedMax = std::max(m_parkedMax, int(m_parked.size()));
    QTimer::singleShot(response.delayMs, this, [this, id] {
        auto it = m_parked.find(id);
        if (it == m_parked.end())
            return;
        std::unique_ptr<Parked> p = std::move(it->second);
        m_parked.erase(it);
        if (p->hadSocket && !p->socket)
            return; // the client went away meanwhile
        deliver(p->responder, p->socket.data(), p->response);
    });
}

void HttpServerAdapter::deliver(QHttpServerResponder &responder, QTcpSocket *socket,
                                const HttpResponse &response)
{
    if (response.dropConnection) {
        if (socket)
            socket->abort();
        return;
    }
    const auto status = QHttpServerResponder::StatusCode(response.status);
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    QHttpHeaders headers;
    for (const auto &h : response.headers)
        headers.append(QUtf8StringView(h.first), QUtf8StringView(h.second));
    responder.write(response.body, headers, status);
#else
    responder.writeStatusLine(status);
    for (const auto &h : response.headers)
        responder.writeHeader(h.first, h.second);
    responder.writeHeader("Content-Length"_ba, QByteArray::number(response.body.size()));
    responder.writeBody(response.body);
#endif
}

#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
bool HttpServerAdapter::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    dispatch(request, makeResponder(request, socket), socket);
    return true;
}

void HttpServerAdapter::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    dispatch(request, makeResponder(request, socket), socket);
}
#elif QT_VERSION < QT_VERSION_CHECK(6, 8, 0)
bool HttpServerAdapter::handleRequest(const QHttpServerRequest &request,
                                      QHttpServerResponder &responder)
{
    dispatch(request, std::move(responder), socketFor(request));
    return true;
}

void HttpServerAdapter::missingHandler(const QHttpServerRequest &request,
                                       QHttpServerResponder &&responder)
{
    dispatch(request, std::move(responder), socketFor(request));
}
#else
bool HttpServerAdapter::handleRequest(const QHttpServerRequest &request,
                                      QHttpServerResponder &responder)
{
    dispatch(request, std::move(responder), socketFor(request));
    return true;
}

void HttpServerAdapter::missingHandler(const QHttpServerRequest &request,
                                       QHttpServerResponder &responder)
{
    dispatch(request, std::move(responder), socketFor(request));
}
#endif

} // namespace PCAuth::Sandbox

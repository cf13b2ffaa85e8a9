// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
//
// A minimal HTTP/1.1 server on loopback for the few things the sandbox cannot show: the exact
// request headers a client sent on every attempt, a body announced as larger than the client
// accepts, and a TLS server whose certificate must be refused. It speaks real HTTP over real
// sockets (nothing in the client is replaced); each answer closes its connection.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>

namespace PCAuth::Test {

class RawHttpServer final : public QTcpServer
{
public:
    explicit RawHttpServer(QObject *parent = nullptr)
        : QTcpServer(parent)
    {
        m_clock.start();
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = nextPendingConnection())
                serve(s);
        });
    }

    // Serve TLS with this certificate (a self-signed one: clients must refuse it).
    void useTls(const QSslCertificate &certificate, const QSslKey &key)
    {
        m_certificate = certificate;
        m_key = key;
    }

    bool start() { return listen(QHostAddress::LocalHost, 0); }

    // Answers in order; the last one repeats.
    void addAnswer(int status, const QByteArray &body, const QByteArray &extraHeaders = {})
    {
        m_answers << "HTTP/1.1 " + QByteArray::number(status) + " Status\r\n"
                         + "Content-Type: application/json\r\nConnection: close\r\nContent-Length: "
                         + QByteArray::number(body.size()) + "\r\n" + extraHeaders + "\r\n" + body;
    }
    void addRawAnswer(const QByteArray &raw) { m_answers << raw; }

    // The head (request line and headers) of every request received, in order.
    const QList<QByteArray> &requests() const { return m_requests; }

    // When each request's head was complete: ms since the server was made, and wall time.
    const QList<qint64> &arrivals() const { return m_arrivals; }
    const QList<QDateTime> &arrivalTimes() const { return m_arrivalTimes; }

    // Case-insensitive header value of request `i`; empty when absent.
    QByteArray header(int i, const QByteArray &name) const
    {
        const QList<QByteArray> lines = m_requests.value(i).split('\n');
        for (const QByteArray &line : lines) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
                return line.mid(colon + 1).trimmed();
        }
        return {};
    }

protected:
    void incomingConnection(qintptr handle) override
    {
        if (m_certificate.isNull()) {
            QTcpServer::incomingConnection(handle);
            return;
        }
        auto *socket = new QSslSocket(this);
        socket->setSocketDescriptor(handle);
        socket->setLocalCertificate(m_certificate);
        socket->setPrivateKey(m_key);
        socket->startServerEncryption();
        addPendingConnection(socket);
    }

private:
    void serve(QTcpSocket *socket)
    {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
            QByteArray &buffer = m_buffers[socket];
            buffer += socket->readAll();
            const qsizetype end = buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QByteArray head = buffer.left(end);
            m_requests << head;
            m_arrivals << m_clock.elapsed();
            m_arrivalTimes << QDateTime::currentDateTimeUtc();
            const QByteArray answer =
                m_answers.isEmpty()
                    ? QByteArray("HTTP/1.1 204 No Content\r\nConnection: close\r\n\r\n")
                    : m_answers.value(m_requests.size() - 1, m_answers.last());
            m_buffers.remove(socket);
            socket->write(answer);
            socket->disconnectFromHost();
        });
    }

    QSslCertificate m_certificate;
    QSslKey m_key;
    QList<QByteArray> m_answers;
    QList<QByteArray> m_requests;
    QElapsedTimer m_clock;
    QList<qint64> m_arrivals;
    QList<QDateTime> m_arrivalTimes;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

} // namespace PCAuth::Test

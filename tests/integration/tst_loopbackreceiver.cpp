// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
// The loopback receiver over real sockets on 127.0.0.1, with a QNetworkAccessManager (or a raw
// socket, for requests no browser sends) playing the browser.
#include "oauth/loopbackreceiver.h"

#include <QDeadlineTimer>
#include <QNetworkAccessManager>
#include <QNetworkInterface>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace PCAuth;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

const QByteArray kState = "Zm9vYmFyLXN0YXRlLXZhbHVlLTEyMzQ1Njc4OTAxMjM"_ba;
const QString kCode = u"0.AXoA-SECRET-CODE_abc.def"_s;

struct Response
{
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    int status = 0;
    QByteArray body;
    QByteArray connection;
    QByteArray contentType;
};

/// The browser: a GET without proxy (a proxy from the environment would never reach loopback).
Response browse(const QUrl &url)
{
    QNetworkAccessManager nam;
    nam.setProxy(QNetworkProxy::NoProxy);
    QNetworkReply *reply = nam.get(QNetworkRequest(url));
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        done.wait(10000);
    Response r;
    r.error = reply->error();
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    r.connection = reply->rawHeader("Connection");
    r.contentType = reply->rawHeader("Content-Type");
    delete reply;
    return r;
}

QUrl answerUrl(const QUrl &redirect, const QString &query)
{
    QUrl url = redirect;
    url.setQuery(query, QUrl::StrictMode);
    return url;
}

/// Sends `request` as is and returns everything the server wrote before closing.
QByteArray exchange(quint16 port, const QByteArray &request,
                    const QHostAddress &address = QHostAddress(QHostAddress::LocalHost))
{
    QTcpSocket socket;
    QByteArray received;
    QObject::connect(&socket, &QTcpSocket::readyRead, &socket,
                     [&] { received += socket.readAll(); });
    socket.connectToHost(address, port);
    socket.write(request);
    QDeadlineTimer deadline(5000);
    while (socket.state() != QAbstractSocket::UnconnectedState && !deadline.hasExpired())
        QTest::qWait(10);
    received += socket.readAll();
    return received;
}

/// Whether this machine has an IPv6 loopback to bind to; empty when it has, else why not.
QString ipv6LoopbackMissing()
{
    QTcpServer probe;
    if (probe.listen(QHostAddress(QHostAddress::LocalHostIPv6)))
        return {};
    return probe.errorString();
}

/// "HTTP/1.1 400 Bad Request" -> 400; 0 when there is no status line.
int statusOf(const QByteArray &response)
{
    if (!response.startsWith("HTTP/1.1 "))
        return 0;
    return response.mid(9, 3).toInt();
}

QAbstractSocket::SocketError connectError(const QHostAddress &address, quint16 port)
{
    QTcpSocket socket;
    QSignalSpy failed(&socket, &QTcpSocket::errorOccurred);
    QSignalSpy connected(&socket, &QTcpSocket::connected);
    socket.connectToHost(address, port);
    QDeadlineTimer deadline(3000);
    while (failed.isEmpty() && connected.isEmpty() && !deadline.hasExpired())
        QTest::qWait(10);
    return connected.isEmpty() ? socket.error() : QAbstractSocket::UnknownSocketError;
}

RedirectResult resultOf(const QSignalSpy &spy)
{
    return qvariant_cast<RedirectResult>(spy.at(0).at(0));
}

} // namespace

class tst_LoopbackReceiver : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void boundToLoopbackOnly();
    void refusesRedirectUrisItCannotServe_data();
    void refusesRedirectUrisItCannotServe();
    void portInUseIsReported();
    void localhostHoldsBothLoopbackFamilies();
    void localhostRefusesAPortTakenOnIpv6();
    void happyPath_data();
    void happyPath();
    void errorRedirect_data();
    void errorRedirect();
    void wrongStateThenRightState();
    void rightStateWithoutCodeFinishes();
    void requestsWithoutStateAreIgnored();
    void hostileRequestsNeverEndTheSignIn_data();
    void hostileRequestsNeverEndTheSignIn();
    void secondRequestAfterSuccessIsRefused();
    void timesOut();
    void cancel();
    void malformedRequests_data();
    void malformedRequests();
    void oversizedHeaders_data();
    void oversizedHeaders();
};

void tst_LoopbackReceiver::boundToLoopbackOnly()
{
    LoopbackReceiver receiver;
    const Expected<QUrl> uri = receiver.listen();
    QVERIFY2(uri.ok(), qPrintable(uri.error()));
    QCOMPARE(uri->host(), u"127.0.0.1"_s);
    QVERIFY(uri->port() > 0);
    QCOMPARE(uri->path(), u"/"_s);
    const quint16 port = static_cast<quint16>(uri->port());

    // First what a neighbour sees: every other address of this machine refuses the port.
    int tried = 0;
    const QList<QHostAddress> all = QNetworkInterface::allAddresses();
    for (const QHostAddress &address : all) {
        if (address.isLoopback() || address.isNull())
            continue;
        ++tried;
        const auto error = connectError(address, port);
        QVERIFY2(error != QAbstractSocket::UnknownSocketError,
                 qPrintable(u"connected through %1"_s.arg(address.toString())));
    }
    QCOMPARE(receiver.serverAddress(), QHostAddress(QHostAddress::LocalHost));
    if (tried == 0)
        QSKIP("This machine has no address besides loopback to try connecting through.");
}

void tst_LoopbackReceiver::refusesRedirectUrisItCannotServe_data()
{
    QTest::addColumn<QString>("registered");
    QTest::addRow("https") << u"https://localhost/"_s;
    QTest::addRow("another host") << u"http://pcauth.example.com/"_s;
    QTest::addRow("ipv6 loopback (we bind IPv4)") << u"http://[::1]/"_s;
    QTest::addRow("all interfaces") << u"http://0.0.0.0/"_s;
    QTest::addRow("query") << u"http://127.0.0.1/?x=1"_s;
    QTest::addRow("custom scheme") << u"ms-appx-web://microsoft.aad.brokerplugin/x"_s;
}

void tst_LoopbackReceiver::refusesRedirectUrisItCannotServe()
{
    QFETCH(QString, registered);
    LoopbackReceiver receiver;
    const Expected<QUrl> uri = receiver.listen(QUrl(registered));
    QVERIFY(!uri.ok());
    QVERIFY2(uri.error().contains(u"cannot be served by PCAuth"_s), qPrintable(uri.error()));
    QVERIFY(!receiver.isListening());
}

void tst_LoopbackReceiver::portInUseIsReported()
{
    QTcpServer squatter;
    QVERIFY(squatter.listen(QHostAddress(QHostAddress::LocalHost)));
    LoopbackReceiver receiver;
    const Expected<QUrl> uri =
        receiver.listen(QUrl(u"http://127.0.0.1:%1/"_s.arg(squatter.serverPort())));
    QVERIFY(!uri.ok());
    QVERIFY2(uri.error().startsWith(
                 u"Cannot listen on 127.0.0.1 port %1: "_s.arg(squatter.serverPort())),
             qPrintable(uri.error()));
}

void tst_LoopbackReceiver::localhostHoldsBothLoopbackFamilies()
{
    if (const QString missing = ipv6LoopbackMissing(); !missing.isEmpty())
        QSKIP(qPrintable(
            u"No IPv6 loopback on this machine (%1): nothing can take [::1]."_s.arg(missing)));
    LoopbackReceiver receiver;
    QSignalSpy finished(&receiver, &LoopbackReceiver::finished);
    const Expected<QUrl> uri = receiver.listen(QUrl(u"http://localhost/"_s));
    QVERIFY2(uri.ok(), qPrintable(uri.error()));
    const quint16 port = static_cast<quint16>(uri->port());
    QVERIFY(receiver.isListeningOnIpv6());
    // A browser may resolve localhost to ::1: no other process may answer there.
    QTcpServer squatter;
    QVERIFY2(!squatter.listen(QHostAddress(QHostAddress::LocalHostIPv6), port),
             "another process could take [::1] on the redirect port");
    receiver.start(kState, 30s);
    const QByteArray response =
        exchange(port,
                 "GET /?code="_ba + kCode.toLatin1() + "&state=" + kState
                     + " HTTP/1.1\r\nHost: localhost:" + QByteArray::number(port) + "\r\n\r\n",
                 QHostAddress(QHostAddress::LocalHostIPv6));
    QCOMPARE(statusOf(response), 200);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(resultOf(finished).code, kCode);
    QVERIFY(!receiver.isListening());
    QCOMPARE(connectError(QHostAddress(QHostAddress::LocalHostIPv6), port),
             QAbstractSocket::ConnectionRefusedError);
}

void tst_LoopbackReceiver::localhostRefusesAPortTakenOnIpv6()
{
    if (const QString missing = ipv6LoopbackMissing(); !missing.isEmpty())
        QSKIP(qPrintable(u"No IPv6 loopback on this machine (%1)."_s.arg(missing)));
    QTcpServer squatter;
    QVERIFY(squatter.listen(QHostAddress(QHostAddress::LocalHostIPv6)));
    LoopbackReceiver receiver;
    const Expected<QUrl> uri =
        receiver.listen(QUrl(u"http://localhost:%1/"_s.arg(squatter.serverPort())));
    QVERIFY(!uri.ok());
    QVERIFY2(
        uri.error().startsWith(u"Cannot listen on [::1] port %1: "_s.arg(squatter.serverPort())),
        qPrintable(uri.error()));
    QVERIFY(!receiver.isListening());
}

void tst_LoopbackReceiver::happyPath_data()
{
    QTest::addColumn<QString>("registered");
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("path");
    QTest::addRow("127.0.0.1, free port") << u"http://127.0.0.1"_s << u"127.0.0.1"_s << u"/"_s;
    QTest::addRow("localhost, free port") << u"http://localhost/"_s << u"localhost"_s << u"/"_s;
    QTest::addRow("localhost with a path")
        << u"http://LocalHost/pcauth/callback"_s << u"localhost"_s << u"/pcauth/callback"_s;
}

void tst_LoopbackReceiver::happyPath()
{
    QFETCH(QString, registered);
    QFETCH(QString, host);
    QFETCH(QString, path);
    LoopbackReceiver receiver;
    const Expected<QUrl> uri = receiver.listen(QUrl(registered));
    QVERIFY2(uri.ok(), qPrintable(uri.error()));
    QCOMPARE(uri->toString(), u"http://%1:%2%3"_s.arg(host).arg(uri->port()).arg(path));
    QCOMPARE(receiver.redirectUri(), uri.value());
    if (host == u"127.0.0.1"_s)
        QVERIFY(!receiver.isListeningOnIpv6()); // no browser sends 127.0.0.1 to another address
    QSignalSpy finished(&receiver, &LoopbackReceiver::finished);
    receiver.start(kState, 1s);

    const Response r = browse(answerUrl(
        *uri, u"code=%1&state=%2&session_state=abc"_s.arg(kCode, QString::fromLatin1(kState))));
    QCOMPARE(r.error, QNetworkReply::NoError);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.connection, "close"_ba);
    QCOMPARE(r.contentType, "text/html; charset=utf-8"_ba);
    QVERIFY2(r.body.contains("You can close this tab and return to PCAuth."), r.body.constData());
    QVERIFY2(!r.body.contains(kCode.toLatin1()), "the closing page must not show the code");
    QVERIFY(!r.body.contains(kState));

    QCOMPARE(finished.size(), 1);
    const RedirectResult result = resultOf(finished);
    QCOMPARE(result.kind, RedirectResult::Kind::Code);
    QCOMPARE(result.code, kCode);
    QVERIFY(!receiver.isListening());
    // Exactly once: the timeout that was running must not report a second time.
    QTest::qWait(1300);
    QCOMPARE(finished.size(), 1);
}

void tst_LoopbackReceiver::errorRedirect_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QByteArray>("shown");
    QTest::addRow("cancelled consent")
        << u"error=access_denied&error_description=AADSTS65004%3a+User+declined+to+consent."_s
        << u"access_denied"_s << "The sign-in was cancelled or the consent was declined"_ba;
    QTest::addRow("MFA required")
        << u"error=interaction_required&error_description=AADSTS50076%3A%20Use%20MFA%20%3C"
           "b%3Enow%3C%2Fb%3E"_s
        << u"interaction_required"_s << "Multi-factor authentication is required now"_ba;
    QTest::addRow("unknown error, text escaped")
        << u"error=server_error&error_description=AADSTS99999%3A%20%3Cscript%3Ex%3C%2Fscript%3E"_s
        << u"server_error"_s << "&lt;script&gt;x&lt;/script&gt;"_ba;
}

void tst_LoopbackReceiver::errorRedirect()
{
    QFETCH(QString, query);
    QFETCH(QString, error);
    QFETCH(QByteArray, shown);
    LoopbackReceiver receiver;
    QSignalSpy finished(&receiver, &LoopbackReceiver::finished);
    receiver.start(kState, 30s);
    QVERIFY(receiver.isListening());
    const Response r = browse(
        answerUrl(receiver.redirectUri(), query + u"&state="_s + QString::fromLatin1(kState)));
    QCOMPARE(r.status, 200);
    QVERIFY2(r.body.contains("<h1>Sign-in failed</h1>"), r.body.constData());
    QVERIFY2(r.body.contains(shown), r.body.constData());
    QVERIFY(!r.body.contains("<script>"));
    QCOMPARE(finished.size(), 1);
    const RedirectResult result = resultOf(finished);
    QCOMPARE(result.kind, RedirectResult::Kind::Error);
    QCOMPARE(result.error, error);
    QVERIFY(!receiver.isListening());
}

void tst_LoopbackReceiver::wrongStateThenRightState()
{
    LoopbackReceiver receiver;
    QSignalSpy finished(&receiver, &LoopbackReceiver::finished);
    receiver.start(kState, 30s);
    const QUrl uri = receiver.redirectUri();

    const Response stale = browse(answerUrl(uri, u"code=OLDCODE&state=an-older-sign-in"_s));
    QCOMPARE(stale.status, 400);
    QVERIFY2(stale.body.contains("PCAuth is still waiting"), stale.body.constData());
    QVERIFY(stale.body.contains("older browser tab"));
    QVERIFY(!stale.body.contains("OLDCODE"));
    QCOMPARE(finished.size(), 0);
    QVERIFY(receiver.isListening());

    const Response right =
        browse(answerUrl(uri, u"code=%1&state=%2"_s.arg(kCode, QString::fromLatin1(kState))));
    QCOMPARE(right.status, 200);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(resultOf(finished).code, kCode);
}

void tst_LoopbackReceiver::rightStateWithoutCodeFinishes()
{
    // The real answer, but broken: waiting longer cannot fix it, so the flow ends.
    LoopbackReceiver receiver;
    QSignalSpy finished(&receiver, &LoopbackReceiver::finished);
    receiver.start(kState, 30s);
    const Response r = browse(answerUrl(
        receiver.redirectUri(), u"state=%1&session_state=x"_s.arg(QString::fromLatin1(kState))));
    QCOMPARE(r.status, 400);
    QVERIFY2(r.body.contains("<h1>Sign-in failed</h1>"), r.body.constData());
    QVERIFY(r.body.contains("neither a code nor an error"));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(resultOf(finished).problem, RedirectResult::Problem::Malformed);
    QVERIFY(!receiver.isListening());
}

void tst_LoopbackReceiver::requestsWithoutStateAreIgnored()
{
    LoopbackReceiver receiver;
    QSignalSpy finished(&receiver, &LoopbackReceiver::finished);
    receiver.start(kState, 30s);
    const QUrl uri = receiver.redirectUri();

    QUrl favicon = uri;
    favicon.setPath(u"/favicon.ico"_s);
    QCOMPARE(browse(favicon).status, 404);
    const Response bare = browse(uri);
    QCOMPARE(bare.status, 400);
    QVERIFY(bare.body.contains("only takes the answer of a sign-in started by PCAuth"));
    QCOMPARE(browse(answerUrl(uri, u"code=abc"_s)).status, 400);
    QCOMPARE(finished.size(), 0);
    QVERIFY(receiver.isListening());

    QCOMPARE(browse(answerUrl(uri, u"state=%1&code=x"_s.arg(QString::fromLatin1(kState)))).status,
             200);
    QCOMPARE(finished.size(), 1);
}

void tst_LoopbackReceiver::hostileRequestsNeverEndTheSignIn_data()
{
    // What any local process (or a web page through the browser) can send without knowing the
    // state: it gets an error page and the receiver keeps waiting for the real answer.
    QTest::addColumn<QString>("query"); // "%STATE%" is replaced by the expected state
    QTest::addRow("duplicate code") << u"code=a&code=b"_s;
    QTest::addRow("duplicate code, wrong state") << u"code=a&code=b&state=guess"_s;
    QTest::addRow("duplicate state, one right") << u"code=a&state=%STATE%&state=guess"_s;
    QTest::addRow("duplicate state, both right") << u"code=a&state=%STATE%&state=%STATE%"_s;
    QTest::addRow("duplicate state, no code") << u"state=guess&state=%STATE%"_s;
    QTest::addRow("missing state") << u"code=a"_s;
    QTest::addRow("empty state") << u"code=a&state="_s;
    QTest::addRow("wrong state") << u"code=a&state=guess"_s;
    QTest::addRow("error without state") << u"error=access_denied&error_description=no"_s;
    QTest::addRow("error, wrong state") << u"error=access_denied&state=guess"_s;
    QTest::addRow("duplicate error, no state") << u"error=a&error=b"_s;
}

void tst_LoopbackReceiver::hostileRequestsNeverEndTheSignIn()
{
    QFETCH(QString, query);
    query.replace(u"%STATE%"_s, QString::fromLatin1(kState));
    LoopbackReceiver receiver;
    QSignalSpy finished(&receiver, &LoopbackReceiver::finished);
    receiver.start(kState, 30s);
    const QUrl uri = receiver.redirectUri();

    const Response hostile = browse(answerUrl(uri, query));
    QCOMPARE(hostile.status, 400);
    QCOMPARE(hostile.contentType, "text/html; charset=utf-8"_ba);
    QVERIFY2(hostile.body.contains("PCAuth is still waiting"), hostile.body.constData());
    QCOMPARE(finished.size(), 0);
    QVERIFY(receiver.isListening());
    // The same over a raw socket, as a local process that is not a browser would send it.
    const QByteArray raw = exchange(static_cast<quint16>(uri.port()),
                                    "GET /?"_ba + query.toLatin1() + " HTTP/1.1\r\nHost: 127.0.0.1:"
                                        + QByteArray::number(uri.port()) + "\r\n\r\n");
    QCOMPARE(statusOf(raw), 400);
    QCOMPARE(finished.size(), 0);

    const Response genuine =
        browse(answerUrl(uri, u"code=%1&state=%2"_s.arg(kCode, QString::fromLatin1(kState))));
    QCOMPARE(genuine.status, 200);
    QCOMPARE(finished.size(), 1);
    const RedirectResult result = resultOf(finished);
    QCOMPARE(result.kind, RedirectResult::Kind::Code);
    QCOMPARE(result.code, kCode);
}

void tst_LoopbackReceiver::secondRequestAfterSuccessIsRefused()
{
    LoopbackReceiver receiver;
    QSignalSpy finished(&receiver, &LoopbackReceiver::finished);
    receiver.start(kState, 30s);
    const QUrl uri = receiver.redirectUri();
    const QUrl answer = answerUrl(uri, u"code=x&state=%1"_s.arg(QString::fromLatin1(kState)));
    QCOMPARE(browse(answer).status, 200);
    QCOMPARE(finished.size(), 1);

    QCOMPARE(connectError(QHostAddress(QHostAddress::LocalHost), static_cast<quint16>(uri.port())),
             QAbstractSocket::ConnectionRefusedError);
    QCOMPARE(browse(answer).error, QNetworkReply::ConnectionRefusedError);
    QCOMPARE(finished.size(), 1);
}

void tst_LoopbackReceiver::timesOut()
{
    LoopbackReceiver receiver;
    QSignalSpy finished(&receiver, &LoopbackReceiver::finished);
    receiver.start(kState, 1s);
    const quint16 port = static_cast<quint16>(receiver.redirectUri().port());
    QCOMPARE(finished.size(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 3000);
    const RedirectResult result = resultOf(finished);
    QCOMPARE(result.kind, RedirectResult::Kind::Invalid);
    QCOMPARE(result.problem, RedirectResult::Problem::TimedOut);
    QCOMPARE(result.message, u"No answer from the browser: timed out after 1 s."_s);
    QVERIFY(!receiver.isListening());
    QCOMPARE(connectError(QHostAddress(QHostAddress::LocalHost), port),
             QAbstractSocket::ConnectionRefusedError);
}

void tst_LoopbackReceiver::cancel()
{
    LoopbackReceiver receiver;
    QSignalSpy finished(&receiver, &LoopbackReceiver::finished);
    receiver.start(kState, 30s);
    // A browser's spare connection that never sends anything must not keep anything open.
    QTcpSocket idle;
    idle.connectToHost(QHostAddress(QHostAddress::LocalHost),
                       static_cast<quint16>(receiver.redirectUri().port()));
    QVERIFY(idle.waitForConnected(3000));
    receiver.cancel();
    receiver.cancel();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(resultOf(finished).problem, RedirectResult::Problem::Cancelled);
    QVERIFY(!receiver.isListening());
    QTRY_COMPARE(idle.state(), QAbstractSocket::UnconnectedState);
}

void tst_LoopbackReceiver::malformedRequests_data()
{
    QTest::addColumn<QByteArray>("request"); // "%HOST%" is replaced by 127.0.0.1:port
    QTest::addColumn<int>("status");
    const QByteArray answer = "/?code=x&state="_ba + kState;
    QTest::addRow("garbage") << "GARBAGE\r\n\r\n"_ba << 400;
    QTest::addRow("no version") << "GET " + answer + "\r\nHost: %HOST%\r\n\r\n" << 400;
    QTest::addRow("HTTP/2 preface") << "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n"_ba << 400;
    QTest::addRow("absolute target")
        << "GET http://%HOST%" + answer + " HTTP/1.1\r\nHost: %HOST%\r\n\r\n"
        << 400;
    QTest::addRow("header without colon")
        << "GET " + answer + " HTTP/1.1\r\nHost: %HOST%\r\nBroken\r\n\r\n"
        << 400;
    QTest::addRow("no Host") << "GET " + answer + " HTTP/1.1\r\n\r\n" << 400;
    QTest::addRow("two Hosts") << "GET " + answer
                                      + " HTTP/1.1\r\nHost: %HOST%\r\nHost: %HOST%\r\n\r\n"
                               << 400;
    QTest::addRow("DNS rebinding Host")
        << "GET " + answer + " HTTP/1.1\r\nHost: evil.example:80\r\n\r\n"
        << 400;
    QTest::addRow("POST") << "POST " + answer + " HTTP/1.1\r\nHost: %HOST%\r\n\r\n" << 405;
    QTest::addRow("bad percent-encoding")
        << "GET /?code=%zz&state=" + kState + " HTTP/1.1\r\nHost: %HOST%\r\n\r\n"
        << 400;
}

void tst_LoopbackReceiver::malformedRequests()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    LoopbackReceiver receiver;
    QSignalSpy finished(&receiver, &LoopbackReceiver::finished);
    receiver.start(kState, 30s);
    const quint16 port = static_cast<quint16>(receiver.redirectUri().port());
    request.replace("%HOST%"_ba, QByteArray("127.0.0.1:"_ba + QByteArray::number(port)));
    const QByteArray response = exchange(port, request);
    QCOMPARE(statusOf(response), status);
    QVERIFY(response.contains("\r\nConnection: close\r\n"));
    if (status == 405)
        QVERIFY(response.contains("\r\nAllow: GET\r\n"));
    QCOMPARE(finished.size(), 0);
    QVERIFY(receiver.isListening());
}

void tst_LoopbackReceiver::oversizedHeaders_data()
{
    QTest::addColumn<bool>("complete");
    QTest::addRow("complete request with a 9 KiB cookie") << true;
    QTest::addRow("headers that never end") << false;
}

void tst_LoopbackReceiver::oversizedHeaders()
{
    QFETCH(bool, complete);
    LoopbackReceiver receiver;
    QSignalSpy finished(&receiver, &LoopbackReceiver::finished);
    receiver.start(kState, 30s);
    const quint16 port = static_cast<quint16>(receiver.redirectUri().port());
    QByteArray request = "GET /?code=x&state="_ba + kState
                         + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port)
                         + "\r\nCookie: " + QByteArray(9 * 1024, 'a') + "\r\n";
    if (complete)
        request += "\r\n";
    const QByteArray response = exchange(port, request);
    QCOMPARE(statusOf(response), 431);
    QCOMPARE(finished.size(), 0);
    QVERIFY(receiver.isListening());
}

QTEST_GUILESS_MAIN(tst_LoopbackReceiver)
#include "tst_loopbackreceiver.moc"

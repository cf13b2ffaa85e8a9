// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
//
// Timeouts through the token broker, on the real keychain: a token endpoint slower than the
// client's total timeout (the sandbox's latency controls), and one that never accepts the
// connection (a listening socket whose accept queue is full, so the kernel drops the SYN and
// the client waits for its connect timeout). Each gives a message that says what happened and
// what to do, leaves the stored refresh token as it was, and the same token is redeemed once
// the endpoint answers again.
#include "session/credentials.h"
#include "session/tokenbroker.h"
#include "sessionfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#ifdef Q_OS_UNIX
#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using PCAuth::AccessTokenResult;
using PCAuth::TokenBroker;
using PCAuth::TokenKey;
using namespace PCAuth::Test;

namespace {

/// A loopback port that listens but never completes a connection: listen(fd, 0) and fillers
/// that occupy the accept queue, which is never drained. Further SYNs are dropped by the
/// kernel (not refused), exactly like a firewall that swallows packets.
class BlackHole
{
public:
    BlackHole()
    {
#ifdef Q_OS_UNIX
        m_listener = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof address;
        if (m_listener < 0 || ::bind(m_listener, reinterpret_cast<sockaddr *>(&address), length)
            || ::listen(m_listener, 0)
            || ::getsockname(m_listener, reinterpret_cast<sockaddr *>(&address), &length))
            return;
        m_port = ntohs(address.sin_port);
        for (int i = 0; i < 4; ++i) { // more than the queue holds, whatever its rounding
            const int filler = ::socket(AF_INET, SOCK_STREAM, 0);
            ::fcntl(filler, F_SETFL, O_NONBLOCK);
            (void)::connect(filler, reinterpret_cast<sockaddr *>(&address), length);
            m_fillers.append(filler);
        }
        QTest::qWait(200); // the fillers' handshakes complete
#endif
    }
    ~BlackHole()
    {
#ifdef Q_OS_UNIX
        for (const int fd : std::as_const(m_fillers))
            ::close(fd);
        if (m_listener >= 0)
            ::close(m_listener);
#endif
    }
    Q_DISABLE_COPY_MOVE(BlackHole)

    quint16 port() const
    {
        return m_port;
    }

    /// Whether a new connection really hangs: a non-blocking connect still in progress later.
    bool swallowsConnections() const
    {
#ifdef Q_OS_UNIX
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        address.sin_port = htons(m_port);
        const int probe = ::socket(AF_INET, SOCK_STREAM, 0);
        ::fcntl(probe, F_SETFL, O_NONBLOCK);
        const int rc = ::connect(probe, reinterpret_cast<sockaddr *>(&address), sizeof address);
        const bool pending = rc != 0 && errno == EINPROGRESS;
        QTest::qWait(300);
        int error = 0;
        socklen_t size = sizeof error;
        ::getsockopt(probe, SOL_SOCKET, SO_ERROR, &error, &size);
        sockaddr_in peer{};
        socklen_t peerSize = sizeof peer;
        const bool connected =
            ::getpeername(probe, reinterpret_cast<sockaddr *>(&peer), &peerSize) == 0;
        ::close(probe);
        return pending && error == 0 && !connected;
#else
        return false;
#endif
    }

private:
    int m_listener = -1;
    quint16 m_port = 0;
    QList<int> m_fillers;
};

/// The client's policy for these tests: short timeouts, one retry.
PCAuth::RetryPolicy shortPolicy(std::chrono::milliseconds total)
{
    PCAuth::RetryPolicy policy;
    policy.maxAttempts = 2;
    policy.baseDelay = 20ms;
    policy.connectTimeout = 1s;
    policy.totalTimeout = total;
    return policy;
}

/// What the user should read after the sentence that says what timed out.
const QString KeptAdvice = u"The stored refresh token was kept; check the network connection or "
                           "proxy and try again."_s;

} // namespace

class tst_BrokerTimeout final : public QObject
{
    Q_OBJECT

    SessionFixture m_fx;
    PCAuth::Profile m_profile;

    static AccessTokenResult get(TokenBroker &broker, const TokenKey &key)
    {
        std::optional<AccessTokenResult> got;
        QObject context;
        broker.accessToken(key, &context, [&got](const AccessTokenResult &r) { got = r; });
        if (!QTest::qWaitFor([&got] { return got.has_value(); }, 15000)) {
            AccessTokenResult none;
            none.message = u"TEST: no answer within 15 s"_s;
            return none;
        }
        return *got;
    }

    /// The stored record (token and metadata), read back from the keychain.
    PCAuth::RefreshTokenRecord stored()
    {
        return m_fx.record(m_profile.id).value_or(PCAuth::RefreshTokenRecord());
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString error = m_fx.start(SessionFixture::Store::Keychain);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_profile = m_fx.addProfile(u"Timeouts"_s);
        const PCAuth::ConsentResult consent =
            m_fx.consent(m_profile, ServiceUser, ServicePassword, ServiceOtc);
        QVERIFY2(consent.ok, qPrintable(consent.message));
    }
    void cleanupTestCase() { m_fx.cleanup(); }
    void cleanup()
    {
        m_fx.server->setDefaultLatencyMs(0);
        m_fx.client->send("DELETE"_ba, m_fx.client->url(u"/_sandbox/faults"_s));
    }

    void slowTokenEndpointTimesOutAndKeepsTheToken_data()
    {
        QTest::addColumn<bool>("everyResponse");
        QTest::addRow("latency fault on the token endpoint") << false;
        QTest::addRow("sandbox latency on every response") << true;
    }
    void slowTokenEndpointTimesOutAndKeepsTheToken()
    {
        QFETCH(bool, everyResponse);
        const PCAuth::RefreshTokenRecord before = stored();
        QVERIFY(!before.refreshToken.isEmpty());
        // Twice the client's total timeout of 2 s.
        if (everyResponse) {
            m_fx.server->setDefaultLatencyMs(4000);
        } else {
            const QJsonObject fault{{u"path"_s, u"/oauth2/v2.0/token"_s}, {u"latencyMs"_s, 4000}};
            QCOMPARE(
                m_fx.client->postJson(u"/_sandbox/faults"_s, {{u"faults"_s, QJsonArray{fault}}})
                    .status,
                200);
        }
        QNetworkAccessManager network;
        PCAuth::HttpClient http(&network, shortPolicy(2s));
        PCAuth::ManualClock clock(QDateTime::currentDateTimeUtc());
        TokenBroker broker(*m_fx.profiles, *m_fx.vault, http, clock);
        const TokenKey key = TokenKey::delegated(m_profile.id, {}, PartnerCenter);

        const AccessTokenResult result = get(broker, key);
        QCOMPARE(result.ok(), false);
        QVERIFY(!result.error.has_value()); // Entra never answered
        // The total timeout ends the only attempt: no retry would fit in what is left.
        const QString timedOut = u"No answer from 127.0.0.1 within 2 s (attempts: 1)."_s;
        QVERIFY2(result.message.startsWith(timedOut), qPrintable(result.message));
        QCOMPARE(stored(), before);
        QCOMPARE(result.message, timedOut + u' ' + KeptAdvice);

        cleanup(); // the endpoint answers at once again
        const AccessTokenResult again = get(broker, key);
        QVERIFY2(again.ok(), qPrintable(again.message));
        const QString after = stored().refreshToken;
        QVERIFY(!after.isEmpty());
        QVERIFY(after != before.refreshToken); // redeemed and rotated: the kept one was good
    }

    void unansweredConnectTimesOutAndKeepsTheToken()
    {
#ifndef Q_OS_UNIX
        QSKIP("the black hole listener uses POSIX sockets");
#endif
        BlackHole hole;
        QVERIFY(hole.port() != 0);
        QVERIFY2(hole.swallowsConnections(), "the kernel completed a connection to a full queue");
        // A record written before authorities were recorded goes wherever the profile points,
        // so the black hole is reached (a recorded authority is refused before any connection).
        PCAuth::RefreshTokenRecord legacy = stored();
        QVERIFY(!legacy.authority.isEmpty());
        legacy.authority.clear();
        QVERIFY(m_fx.wait([&](QObject *c, PCAuth::SecretStore::Callback d) {
                        m_fx.vault->storeRefreshToken(m_profile.id, legacy, c, d);
                    })
                    .ok());
        const PCAuth::RefreshTokenRecord before = stored();
        QVERIFY(!before.refreshToken.isEmpty());

        // The profile's cloud file, with the sign-in authority moved to the black hole.
        QFile file(m_fx.cloudFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray original = file.readAll();
        file.close();
        QJsonObject cloud = QJsonDocument::fromJson(original).object();
        QJsonObject endpoints = cloud.value(u"endpoints"_s).toObject();
        QVERIFY(endpoints.contains(u"authority"_s));
        endpoints.insert(u"authority"_s, u"http://127.0.0.1:%1"_s.arg(hole.port()));
        cloud.insert(u"endpoints"_s, endpoints);
        const auto writeCloud = [&file](const QByteArray &content) {
            return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
                   && file.write(content) == content.size() && (file.close(), true);
        };
        const auto restore = qScopeGuard([&] { writeCloud(original); });
        QVERIFY(writeCloud(QJsonDocument(cloud).toJson()));

        QNetworkAccessManager network;
        // Two attempts of 1 s each fit in the total of 10 s: the connect timeout ends the call.
        PCAuth::HttpClient http(&network, shortPolicy(10s));
        PCAuth::ManualClock clock(QDateTime::currentDateTimeUtc());
        TokenBroker broker(*m_fx.profiles, *m_fx.vault, http, clock);
        const TokenKey key = TokenKey::delegated(m_profile.id, {}, PartnerCenter);
        const AccessTokenResult result = get(broker, key);
        QCOMPARE(result.ok(), false);
        QVERIFY(!result.error.has_value());
        const QString timedOut = u"Could not connect to 127.0.0.1 within 1 s. (attempts: 2)"_s;
        QVERIFY2(result.message.startsWith(timedOut), qPrintable(result.message));
        QCOMPARE(stored(), before);
        QCOMPARE(result.message, timedOut + u' ' + KeptAdvice);

        QVERIFY(writeCloud(original));
        const AccessTokenResult again = get(broker, key);
        QVERIFY2(again.ok(), qPrintable(again.message));
        const QString after = stored().refreshToken;
        QVERIFY(!after.isEmpty());
        QVERIFY(after != before.refreshToken);
        QCOMPARE(stored().authority, PCAuth::authorityOf(*m_profile.cloud())); // recorded now
    }
};

QTEST_GUILESS_MAIN(tst_BrokerTimeout)
#include "tst_broker_timeout.moc"

// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
//
// Inputs that the libFuzzer targets (tests/fuzz) found to crash or misbehave under ASan/UBSan,
// kept as ordinary unit tests so that the normal build guards the fixes. Each row is the
// reduced input and what the user must see instead.
#include "auth/errorcatalogue.h"
#include "session/tokenendpoint.h"

#include <QDate>
#include <QDateTime>
#include <QTest>
#include <QTime>
#include <QTimeZone>

using namespace PCAuth;
using namespace Qt::StringLiterals;

namespace {

const QDateTime Now(QDate(2026, 11, 27), QTime(5, 0), QTimeZone::utc());

const QString NoExpiryMessage =
    u"The token endpoint answered with success but without \"expires_in\" or \"expires_on\", "
    "and the access token has no expiry: it cannot be cached safely."_s;

} // namespace

class tst_FuzzRegressions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // fuzz_tokenresponse: an expires_in of 3.59e103 was converted to qint64, which is undefined
    // behaviour (UBSan: "outside the range of representable values of type 'long long'").
    // Lifetimes beyond the year 9999 now read as absent, as the JWT time claims do.
    void tokenResponseOutOfRangeLifetime_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QDateTime>("expiresAt"); // invalid: parse fails with NoExpiryMessage
        const QDateTime none;
        QTest::addRow("fuzzer input: expires_in 3.59e103")
            << R"({"access_token":"eyJhbGciOiJSUzI1qqcenAiOiIyOWYwY2ZlYS1jZWUyLTUxMmItOWy3Ni1hYjg5N2ZkY2Y1MmYiLCJhenBhY3IiOiIxIiwiZXhwIjoxNzk1Nzc2NTQ3LCJpYXQiOjE3KyDf97TPr4A-ZYNSoRuPJQ7XprXKjn7Ojnur56xsHzqdHU35yqe9LpRB2sqyOrilg","expires_in":35900000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000009,"ext_expires^in":3599,"scop%":"https://api.partnercenter.microsoft.com/.default","token_type":"Bearer"})"_ba
            << none;
        QTest::addRow("expires_in 1e19") << R"({"access_token":"a","expires_in":1e19})"_ba << none;
        QTest::addRow("expires_in -1e300")
            << R"({"access_token":"a","expires_in":-1e300})"_ba << none;
        QTest::addRow("expires_in as a 20-digit string")
            << R"({"access_token":"a","expires_in":"99999999999999999999"})"_ba << none;
        QTest::addRow("expires_in one second after 9999")
            << R"({"access_token":"a","expires_in":253402300800})"_ba << none;
        QTest::addRow("expires_on as a huge number")
            << R"({"access_token":"a","expires_on":1e300})"_ba << none;
        QTest::addRow("huge expires_in, usable expires_on")
            << R"({"access_token":"a","expires_in":1e300,"expires_on":"1795776547"})"_ba
            << QDateTime::fromSecsSinceEpoch(1795776547, QTimeZone::utc());
        QTest::addRow("ordinary expires_in still read")
            << R"({"access_token":"a","expires_in":3599})"_ba << Now.addSecs(3599);
        QTest::addRow("expires_in at the year 9999 limit still read")
            << R"({"access_token":"a","expires_in":"253402300799"})"_ba
            << Now.addSecs(253402300799);
    }

    void tokenResponseOutOfRangeLifetime()
    {
        QFETCH(QByteArray, body);
        QFETCH(QDateTime, expiresAt);
        const Expected<TokenResponse> token = TokenResponse::parse(body, Now);
        if (!expiresAt.isValid()) {
            QVERIFY(!token.ok());
            QCOMPARE(token.error(), NoExpiryMessage);
            return;
        }
        QVERIFY2(token.ok(), qPrintable(token.error()));
        QCOMPARE(token->expiresAt, expiresAt);
    }

    void successShapedErrorBodyIsRedacted_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("bodyShown"); // unknown answers show (part of) the body
        // fuzz_tokenresponse: status 7200 and {"access_token":"access_token"} made the check
        // itself trip on the field name, which the message shows with the value redacted.
        QTest::addRow("fuzzer's input") << 7200 << R"({"access_token":"access_token"})"_ba << true;
        QTest::addRow("a real-looking token, 418")
            << 418 << R"({"access_token":"eyJ0eXAi.c2VjcmV0LXBheWxvYWQ.sig-0123456789"})"_ba
            << true;
        QTest::addRow("refresh token, 502")
            << 502 << R"({"token_type":"Bearer","refresh_token":"0.AAAA-secret-refresh-1234"})"_ba
            << false; // "a temporary problem": the body is not shown at all
    }

    void successShapedErrorBodyIsRedacted()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        // An answer that is not a success but carries credentials (a proxy, a broken
        // gateway): the message shows the body, never the credential values.
        const QString message = ErrorCatalogue::describe(ErrorCatalogue::parseEntra(body, status));
        QFETCH(bool, bodyShown);
        QCOMPARE(message.contains(u"Response: "_s), bodyShown);
        if (bodyShown)
            QVERIFY2(message.contains(u"\"[redacted]\""_s), qPrintable(message));
        for (const QByteArray &secret :
             {"eyJ0eXAi.c2VjcmV0LXBheWxvYWQ.sig-0123456789"_ba, "0.AAAA-secret-refresh-1234"_ba})
            QVERIFY2(!message.contains(QString::fromLatin1(secret)), qPrintable(message));
    }
};

QTEST_GUILESS_MAIN(tst_FuzzRegressions)
#include "tst_fuzzregressions.moc"

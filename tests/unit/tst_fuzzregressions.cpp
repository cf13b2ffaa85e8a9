// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
//
// Inputs that the libFuzzer targets (tests/fuzz) found to crash or misbehave under ASan/UBSan,
// kept as ordinary unit tests so that the normal build guards the fixes. Each row is the
// reduced input and what the user must see instead.
#include "errors/errorbodies.h"
#include "errors/errorcatalogue.h"
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
    // fuzz_tokenresponse: an expires_in of 3.59e103 must not be converted to qint64 as it is,
    // which is undefined behaviour (UBSan: "outside the range of representable values of type
    // 'long long'"). Lifetimes beyond the year 9999 read as absent, as the JWT time claims do.
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
        const QString kQuotedMark = u"\"[redacted]\""_s;
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("secret");
        // Unknown answers show (part of) the body: what stands for the value there, or nothing
        // when the message does not show the body.
        QTest::addColumn<QString>("mark");
        // fuzz_tokenresponse: status 7200 and {"access_token":"access_token"}, a value equal to
        // its field name: the message shows the name, with the value redacted.
        QTest::addRow("fuzzer's input") << 7200 << R"({"access_token":"access_token"})"_ba
                                        << R"(:"access_token")"_ba << kQuotedMark;
        QTest::addRow("a real-looking token, 418")
            << 418 << R"({"access_token":"eyJ0eXAi.c2VjcmV0LXBheWxvYWQ.sig-0123456789"})"_ba
            << "eyJ0eXAi.c2VjcmV0LXBheWxvYWQ.sig-0123456789"_ba << kQuotedMark;
        QTest::addRow("refresh token, 502")
            << 502 << R"({"token_type":"Bearer","refresh_token":"0.AAAA-secret-refresh-1234"})"_ba
            << "0.AAAA-secret-refresh-1234"_ba
            << QString(); // "a temporary problem": the body is not shown at all

        // A field name written with escapes is the same name to the JSON parser. The fuzzer's
        // input, which has no status line, in base64:
        // Cgp7ImFjY2Vzc190XG9rZW4iOiJlM2hBd1luWFdHcnIifQ==
        QTest::addRow("finding 3: \\o in the name, no status")
            << 0 << R"({"access_t\oken":"e3hAwYnXWGrr"})"_ba
            << "e3hAwYnXWGrr"_ba
            << u"\"access_token\":\"[redacted]\""_s; // shown as the parser reads it
        QTest::addRow("\\u005f in the name")
            << 418 << R"({"refresh\u005ftoken":"0.AAAA-escaped-name-secret"})"_ba
            << "0.AAAA-escaped-name-secret"_ba << u"\"refresh_token\":\"[redacted]\""_s;
        QTest::addRow("other case in the name")
            << 418 << R"({"Client_Secret":"s3cr3t~other-case-name"})"_ba
            << "s3cr3t~other-case-name"_ba << kQuotedMark;
        // (An ordinary literal: moc 6.4 misreads \" inside a raw string and drops the class.)
        QTest::addRow("escaped quote in the value")
            << 418 << "{\"access_token\":\"eyJhead\\\"tail-after-the-quote-secret\"}"_ba
            << "tail-after-the-quote-secret"_ba << kQuotedMark;
        QTest::addRow("value that is not a string")
            << 418 << R"({"client_secret":["s3cr3t-inside-an-array"]})"_ba
            << "s3cr3t-inside-an-array"_ba << kQuotedMark;
        QTest::addRow("nested object")
            << 418 << R"({"result":{"tokens":[{"id_token":"eyJnested.id.token-secret"}]}})"_ba
            << "eyJnested.id.token-secret"_ba << kQuotedMark;
        QTest::addRow("authorization code at the top level")
            << 7200 << R"({"code":"0.AAAA-authorization-code-1234"})"_ba
            << "0.AAAA-authorization-code-1234"_ba << kQuotedMark;
        // Not a JSON document (cut, or not JSON at all): the text rules, which read escapes too.
        QTest::addRow("cut body, escaped name")
            << 418
            << "{\"access\\u005ftoken\":\"0.AAAA-cut-before-the-end"_ba // no closing quote or brace
            << "0.AAAA-cut-before-the-end"_ba << kQuotedMark;
        QTest::addRow("form body, percent-encoded name")
            << 418 << "grant_type=x&refresh%5Ftoken=0.AAAA-form-encoded-name"_ba
            << "0.AAAA-form-encoded-name"_ba << u"refresh%5Ftoken=[redacted]"_s;
        QTest::addRow("code in a URL inside JSON")
            << 418 << R"({"page":"https://localhost/cb?code=0.AAAA-code-in-a-url&state=s"})"_ba
            << "0.AAAA-code-in-a-url"_ba << u"?code=[redacted]&state=s"_s;
    }

    void successShapedErrorBodyIsRedacted()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, secret);
        QFETCH(QString, mark);
        const bool bodyShown = !mark.isEmpty();
        // An answer that is not a success but carries credentials (a proxy, a broken or
        // hostile gateway): the message shows the body, never the credential values.
        const QString message = ErrorCatalogue::describe(ErrorBodies::parseEntra(body, status));
        QCOMPARE(message.contains(u"Response: "_s), bodyShown);
        if (bodyShown)
            QVERIFY2(message.contains(mark), qPrintable(message));
        QVERIFY2(!message.contains(QString::fromUtf8(secret)), qPrintable(message));
        // The generic reader keeps the same text.
        const ServiceError generic = ErrorBodies::parse(body, status);
        QVERIFY2(!generic.raw.contains(QString::fromUtf8(secret)), qPrintable(generic.raw));
    }
};

QTEST_GUILESS_MAIN(tst_FuzzRegressions)
#include "tst_fuzzregressions.moc"

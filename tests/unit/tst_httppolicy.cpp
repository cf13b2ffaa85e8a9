// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
//
// The pure decisions of the network layer: how long Retry-After says to wait, how backoff is
// spread, which statuses are retried, what a log line may show of a URL. The behaviour on the
// wire is tested against the sandbox in tests/integration/tst_httpclient.cpp.
#include "net/httptypes.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

class tst_HttpPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseRetryAfter_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QTime>("now");
        QTest::addColumn<int>("seconds"); // -1: unreadable
        const QTime six(6, 0);
        QTest::addRow("delta seconds") << "57"_ba << six << 57;
        QTest::addRow("zero") << "0"_ba << six << 0;
        QTest::addRow("spaces") << " 5 "_ba << six << 5;
        QTest::addRow("HTTP date 90 s ahead") << "Fri, 27 Nov 2026 06:01:30 GMT"_ba << six << 90;
        // 2.3 s ahead: waiting 2 s would send before the date, so 3.
        QTest::addRow("HTTP date rounds up")
            << "Fri, 27 Nov 2026 06:00:03 GMT"_ba << QTime(6, 0, 0, 700) << 3;
        QTest::addRow("HTTP date in the past") << "Fri, 27 Nov 2026 05:00:00 GMT"_ba << six << 0;
        QTest::addRow("negative") << "-3"_ba << six << -1;
        QTest::addRow("words") << "soon"_ba << six << -1;
        QTest::addRow("date without GMT") << "Fri, 27 Nov 2026 06:01:30"_ba << six << -1;
        QTest::addRow("empty") << QByteArray() << six << -1;
    }

    void parseRetryAfter()
    {
        QFETCH(QByteArray, value);
        QFETCH(QTime, now);
        QFETCH(int, seconds);
        const QDateTime at(QDate(2026, 11, 27), now, QTimeZone::utc());
        const auto parsed = PCAuth::HttpPolicy::parseRetryAfter(value, at);
        QCOMPARE(parsed.has_value(), seconds >= 0);
        if (parsed)
            QCOMPARE(parsed->count(), seconds);
    }

    void backoffHasFullJitterUnderTheCap()
    {
        PCAuth::RetryPolicy p;
        p.baseDelay = 100ms;
        p.maxDelay = 1000ms;
        for (int retry = 1; retry <= 6; ++retry) {
            const qint64 cap = std::min<qint64>(1000, 100LL << (retry - 1));
            qint64 lo = cap;
            qint64 hi = 0;
            for (int i = 0; i < 300; ++i) {
                const qint64 d = PCAuth::HttpPolicy::backoff(p, retry).count();
                QVERIFY(d >= 0 && d <= cap);
                lo = std::min(lo, d);
                hi = std::max(hi, d);
            }
            QVERIFY2(lo < cap / 4 && hi > cap * 3 / 4, "delays are spread over [0, cap]");
        }
    }

    void retryableStatuses_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("retryable");
        QTest::addRow("500") << 500 << true;
        QTest::addRow("502") << 502 << true;
        QTest::addRow("503") << 503 << true;
        QTest::addRow("504") << 504 << true;
        QTest::addRow("501 not implemented") << 501 << false;
        QTest::addRow("505 version") << 505 << false;
        QTest::addRow("400") << 400 << false;
        QTest::addRow("429 (handled by Retry-After)") << 429 << false;
        QTest::addRow("200") << 200 << false;
    }

    void retryableStatuses()
    {
        QFETCH(int, status);
        QFETCH(bool, retryable);
        QCOMPARE(PCAuth::HttpPolicy::isRetryableStatus(status), retryable);
    }

    void redactedUrl_data()
    {
        QTest::addColumn<QUrl>("url");
        QTest::addColumn<QString>("shown");
        QTest::addRow("query, fragment and user info dropped")
            << QUrl(u"https://user:pw@login.example/t/oauth2/token?code=abc#frag"_s)
            << u"https://login.example/t/oauth2/token"_s;
        QTest::addRow("port kept") << QUrl(u"http://127.0.0.1:8400/pc/v1/customers?size=5"_s)
                                   << u"http://127.0.0.1:8400/pc/v1/customers"_s;
    }

    void redactedUrl()
    {
        QFETCH(QUrl, url);
        QFETCH(QString, shown);
        QCOMPARE(PCAuth::HttpPolicy::redactedUrl(url), shown);
    }

    void requestHeadersAreReplacedCaseInsensitively()
    {
        PCAuth::HttpRequest r;
        r.setHeader("Accept"_ba, "text/plain"_ba);
        r.setHeader("accept"_ba, "application/json"_ba);
        QCOMPARE(r.headers.size(), 1);
        QCOMPARE(r.headers.first().second, "application/json"_ba);
        PCAuth::HttpResponse response;
        response.headers = r.headers;
        QCOMPARE(response.header("ACCEPT"_ba), "application/json"_ba);
        QCOMPARE(response.header("Retry-After"_ba), QByteArray());
    }
};

QTEST_GUILESS_MAIN(tst_HttpPolicy)
#include "tst_httppolicy.moc"

// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
//
// A ServiceError's stored form (the vault index keeps a profile's last one): what survives
// the round trip, what is cut, what is refused.
#include "errorbodysamples.h"
#include "errors/errorbodies.h"
#include "errors/errorcatalogue.h"
#include "errors/serviceerror.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace PCAuth;
using namespace PCAuth::Test;
using namespace Qt::StringLiterals;

class tst_ServiceError : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonRoundTrip_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addRow("Entra revoked")
            << entraBody(u"invalid_grant"_s, 50173, u"The provided grant has expired."_s) << 400;
        QTest::addRow("Partner Center")
            << json({{u"code"_s, 10001}, {u"description"_s, u"Token has expired."_s}}) << 401;
        QTest::addRow("Graph") << json(
            {{u"error"_s,
              QJsonObject{{u"code"_s, u"Authorization_RequestDenied"_s},
                          {u"message"_s, u"Insufficient privileges."_s},
                          {u"innerError"_s, QJsonObject{{u"request-id"_s, kTrace},
                                                        {u"client-request-id"_s, kCorrelation},
                                                        {u"date"_s, kTime}}}}}})
                               << 403;
        QTest::addRow("unrecognised body") << "<html>Bad gateway</html>"_ba << 502;
    }
    void jsonRoundTrip()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        const ServiceError error = ErrorBodies::parse(body, status);
        const QJsonObject stored = toJson(error);
        QVERIFY(!stored.contains(u"raw"_s));
        const std::optional<ServiceError> back = serviceErrorFromJson(stored);
        QVERIFY(back.has_value());
        QCOMPARE(back->source, error.source);
        QCOMPARE(back->httpStatus, error.httpStatus);
        QCOMPARE(back->error, error.error);
        QCOMPARE(back->aadsts, error.aadsts);
        QCOMPARE(back->errorCodes, error.errorCodes);
        QCOMPARE(back->description,
                 error.description.section(QLatin1Char('\n'), 0, 0).remove(QLatin1Char('\r')));
        QCOMPARE(back->traceId, error.traceId);
        QCOMPARE(back->correlationId, error.correlationId);
        QCOMPARE(back->timestamp, error.timestamp);
        QVERIFY(back->raw.isEmpty());
        // What the user is told is the same after the round trip.
        QCOMPARE(back->key(), error.key());
        QCOMPARE(ErrorCatalogue::advise(*back).category, ErrorCatalogue::advise(error).category);
    }

    void jsonDescriptionCut()
    {
        ServiceError error;
        error.source = ServiceError::Source::Entra;
        error.description = QString(600, QLatin1Char('x')) + u"\nTrace ID: abc"_s;
        error.raw = u"{\"refresh_token\":\"CANARY\"}"_s;
        const QJsonObject stored = toJson(error);
        QCOMPARE(stored.value(u"description"_s).toString(), QString(500, QLatin1Char('x')));
        QVERIFY(!QJsonDocument(stored).toJson().contains("CANARY"));
    }

    void jsonRejected_data()
    {
        QTest::addColumn<QJsonObject>("stored");
        QTest::addRow("empty") << QJsonObject();
        QTest::addRow("unknown source") << QJsonObject{{u"source"_s, u"smtp"_s}};
        QTest::addRow("source not text") << QJsonObject{{u"source"_s, 1}};
    }
    void jsonRejected()
    {
        QFETCH(QJsonObject, stored);
        QVERIFY(!serviceErrorFromJson(stored).has_value());
    }
};

QTEST_GUILESS_MAIN(tst_ServiceError)
#include "tst_serviceerror.moc"

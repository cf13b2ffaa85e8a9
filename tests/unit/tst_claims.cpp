// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "../common/utctime.h"
#include "support/clock.h"
#include "token/claims.h"
#include "token/jwt.h"

#include <limits>

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace PCAuth;
using namespace Qt::StringLiterals;

namespace {

QByteArray base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

/// A display-decodable token with a fake signature; the payload is written as JSON text so
/// the test controls the exact types (numbers vs numeric strings).
Jwt decodeClaims(const QByteArray &payloadJson)
{
    const QByteArray token = base64Url(R"({"alg":"RS256","typ":"JWT"})") + '.'
                             + base64Url(payloadJson) + '.' + base64Url("fake-signature");
    const auto jwt = Jwt::decode(QString::fromLatin1(token));
    if (!jwt.ok())
        qFatal("test token did not decode: %s", qPrintable(jwt.error()));
    return jwt.value();
}

QStringList names(const QList<ClaimRow> &rows)
{
    QStringList list;
    for (const ClaimRow &row : rows)
        list.append(row.name);
    return list;
}

const ClaimRow *findRow(const QList<ClaimRow> &rows, const QString &name)
{
    for (const ClaimRow &row : rows) {
        if (row.name == name)
            return &row;
    }
    return nullptr;
}

// 2026-11-27 05:17:00 UTC is 1795756620.
const QDateTime Now =
    PCAuth::Test::utcDateTime(QDate(2026, 11, 27), QTime(4, 35)); // 42 min before that

} // namespace

class tst_Claims : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formatRelative_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("expected");
        QTest::addRow("zero") << qint64(0) << u"now"_s;
        QTest::addRow("30 s ahead") << qint64(30) << u"in 30 s"_s;
        QTest::addRow("1 s ago") << qint64(-1) << u"1 s ago"_s;
        QTest::addRow("59 s") << qint64(59) << u"in 59 s"_s;
        QTest::addRow("one minute") << qint64(60) << u"in 1 min"_s;
        QTest::addRow("42 min") << qint64(42 * 60) << u"in 42 min"_s;
        QTest::addRow("42 min 59 s truncates") << qint64(42 * 60 + 59) << u"in 42 min"_s;
        QTest::addRow("one hour") << qint64(3600) << u"in 1 h"_s;
        QTest::addRow("3 h 5 min ago") << qint64(-(3 * 3600 + 5 * 60 + 12)) << u"3 h 5 min ago"_s;
        QTest::addRow("23 h 59 min") << qint64(86399) << u"in 23 h 59 min"_s;
        QTest::addRow("one day") << qint64(86400) << u"in 1 d"_s;
        QTest::addRow("2 d 4 h") << qint64(2 * 86400 + 4 * 3600 + 59 * 60) << u"in 2 d 4 h"_s;
        QTest::addRow("90 days ago") << qint64(-90 * 86400) << u"90 d ago"_s;
        QTest::addRow("largest") << std::numeric_limits<qint64>::max()
                                 << u"in 106751991167300 d 15 h"_s;
        QTest::addRow("smallest") << std::numeric_limits<qint64>::min()
                                  << u"106751991167300 d 15 h ago"_s;
    }

    void formatRelative()
    {
        QFETCH(qint64, seconds);
        QFETCH(QString, expected);
        QCOMPARE(PCAuth::formatRelative(seconds), expected);
    }

    void explainClaimPinsText_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("explanation");
        QTest::addRow("amr") << u"amr"_s << u"Authentication methods"_s
                             << u"How the user signed in. 'mfa' or 'ngcmfa' means multi-factor "
                                "authentication was performed; Partner Center requires it for "
                                "app+user calls."_s;
        QTest::addRow("upn") << u"upn"_s << u"User principal name"_s
                             << u"The sign-in name of the user the token acts for."_s;
        QTest::addRow("exp") << u"exp"_s << u"Expires"_s
                             << u"The token is not valid from this time on. Access tokens last "
                                "about 60 to 90 minutes; a new one is obtained with the refresh "
                                "token."_s;
        QTest::addRow("scp") << u"scp"_s << u"Delegated permissions"_s
                             << u"The permissions (scopes) the application has to act for the "
                                "user, separated by spaces. Partner Center needs "
                                "user_impersonation."_s;
        QTest::addRow("aio is internal")
            << u"aio"_s << u"Internal data"_s << u"Internal to Entra ID; it can be ignored."_s;
        QTest::addRow("federated full URI")
            << u"http://schemas.microsoft.com/ws/2008/06/identity/claims/authenticationmethod"_s
            << u"Federated authentication method"_s
            << u"How a federated identity provider (such as AD FS) signed the user in. Partner "
               "Center counts it as multi-factor only when it is "
               "http://schemas.microsoft.com/claims/multipleauthn."_s;
        QTest::addRow("unknown") << u"xms_unknown"_s << QString() << QString();
        QTest::addRow("case matters") << u"AMR"_s << QString() << QString();
        QTest::addRow("empty") << QString() << QString() << QString();
    }

    void explainClaimPinsText()
    {
        QFETCH(QString, name);
        QFETCH(QString, label);
        QFETCH(QString, explanation);
        QCOMPARE(claimLabel(name), label);
        QCOMPARE(explainClaim(name), explanation);
    }

    void everyClaimNamedInTheIssueIsExplained_data()
    {
        QTest::addColumn<QString>("name");
        const char *const required[] = {
            "aud",      "iss",         "tid",
            "oid",      "upn",         "unique_name",
            "appid",    "azp",         "scp",
            "roles",    "wids",        "amr",
            "acr",      "ver",         "idtyp",
            "iat",      "nbf",         "exp",
            "ipaddr",   "auth_time",   "name",
            "nonce",    "appidacr",    "azpacr",
            "sid",      "family_name", "given_name",
            "uti",      "rh",          "aio",
            "xms_tcdt", "email",       "preferred_username",
        };
        for (const char *name : required)
            QTest::addRow("%s", name) << QString::fromLatin1(name);
    }

    void everyClaimNamedInTheIssueIsExplained()
    {
        QFETCH(QString, name);
        QVERIFY(!claimLabel(name).isEmpty());
        QVERIFY(!explainClaim(name).isEmpty());
        QVERIFY(explainClaim(name).endsWith(u'.'));
    }

    void knownClaimsComeFirstInFixedOrderThenTheRestAlphabetically()
    {
        // Deliberately shuffled, with unknown claims mixed in.
        const Jwt jwt = decodeClaims(
            R"({"zeta":1,"exp":1795756620,"aio":"x","amr":["pwd","mfa"],"tid":"t","alpha":"a",)"
            R"("upn":"admin@contoso.onmicrosoft.com","scp":"user_impersonation","iat":1795752000,)"
            "\"aud\":\"https://api.partnercenter.microsoft.com\",\"ver\":\"1.0\",\"appid\":\"app\","
            "\"xms_custom\":true,\"oid\":\"o\",\"nbf\":1795752000,\"iss\":\"https://"
            "sts.windows.net/t/\"}");
        const ManualClock clock(Now);
        const QList<ClaimRow> rows = explainClaims(jwt, clock);
        QCOMPARE(names(rows),
                 (QStringList{u"aud"_s, u"iss"_s, u"tid"_s, u"upn"_s, u"oid"_s, u"appid"_s,
                              u"scp"_s, u"amr"_s, u"iat"_s, u"nbf"_s, u"exp"_s, u"ver"_s, u"aio"_s,
                              u"alpha"_s, u"xms_custom"_s, u"zeta"_s}));
        for (const ClaimRow &row : rows.mid(0, 13))
            QVERIFY2(!row.explanation.isEmpty(), qPrintable(row.name));
        for (const ClaimRow &row : rows.mid(13)) {
            QCOMPARE(row.explanation, QString());
            QCOMPARE(row.label, row.name);
        }
    }

    void rowValues_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("value");
        QTest::addRow("string as is") << R"({"upn":"admin@contoso.onmicrosoft.com"})"_ba << u"upn"_s
                                      << u"admin@contoso.onmicrosoft.com"_s;
        QTest::addRow("array joined")
            << R"({"amr":["pwd","rsa","mfa"]})"_ba << u"amr"_s << u"pwd, rsa, mfa"_s;
        QTest::addRow("exp relative to the clock")
            << R"({"exp":1795756620})"_ba << u"exp"_s << u"2026-11-27 05:17:00 UTC (in 42 min)"_s;
        QTest::addRow("v1 exp as a string")
            << R"({"exp":"1795756620"})"_ba << u"exp"_s << u"2026-11-27 05:17:00 UTC (in 42 min)"_s;
        QTest::addRow("iat in the past") << R"({"iat":1795741620})"_ba << u"iat"_s
                                         << u"2026-11-27 01:07:00 UTC (3 h 28 min ago)"_s;
        QTest::addRow("auth_time days ago") << R"({"auth_time":1795548600})"_ba << u"auth_time"_s
                                            << u"2026-11-24 19:30:00 UTC (2 d 9 h ago)"_s;
        QTest::addRow("nbf now") << R"({"nbf":1795754100})"_ba << u"nbf"_s
                                 << u"2026-11-27 04:35:00 UTC (now)"_s;
        QTest::addRow("xms_tcdt is a time") << R"({"xms_tcdt":1400000000})"_ba << u"xms_tcdt"_s
                                            << u"2014-05-13 16:53:20 UTC (4580 d 11 h ago)"_s;
        QTest::addRow("unreadable exp shown raw")
            << R"({"exp":"tomorrow"})"_ba << u"exp"_s << u"tomorrow"_s;
        QTest::addRow("number not a time")
            << R"({"appidacr":"2","n":1.5})"_ba << u"n"_s << u"1.5"_s;
        QTest::addRow("numeric string") << R"({"appidacr":"2"})"_ba << u"appidacr"_s << u"2"_s;
        QTest::addRow("object as compact JSON") << R"({"cnf":{ "kid" : "k", "n" : [1, 2] }})"_ba
                                                << u"cnf"_s << u"{\"kid\":\"k\",\"n\":[1,2]}"_s;
        QTest::addRow("array with mixed elements")
            << R"({"mixed":["a",2,true,null,{"b":1}]})"_ba << u"mixed"_s
            << u"a, 2, true, null, {\"b\":1}"_s;
        QTest::addRow("bool") << R"({"flag":false})"_ba << u"flag"_s << u"false"_s;
        QTest::addRow("null") << R"({"upn":null})"_ba << u"upn"_s << u"null"_s;
        QTest::addRow("empty array") << R"({"wids":[]})"_ba << u"wids"_s << QString();
    }

    void rowValues()
    {
        QFETCH(QByteArray, payload);
        QFETCH(QString, name);
        QFETCH(QString, value);
        const ManualClock clock(Now);
        const QList<ClaimRow> rows = explainClaims(decodeClaims(payload), clock);
        const ClaimRow *row = findRow(rows, name);
        QVERIFY(row);
        QCOMPARE(row->value, value);
    }

    void fullRowForAmr()
    {
        const ManualClock clock(Now);
        const QList<ClaimRow> rows = explainClaims(decodeClaims(R"({"amr":["pwd","mfa"]})"), clock);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0).name, u"amr"_s);
        QCOMPARE(rows.at(0).label, u"Authentication methods"_s);
        QCOMPARE(rows.at(0).value, u"pwd, mfa"_s);
        QCOMPARE(rows.at(0).explanation, explainClaim(u"amr"));
    }

    void timesMoveWithTheClock()
    {
        using namespace std::chrono_literals;
        const Jwt jwt = decodeClaims(R"({"exp":1795756620})");
        ManualClock clock(Now);
        QCOMPARE(explainClaims(jwt, clock).at(0).value, u"2026-11-27 05:17:00 UTC (in 42 min)"_s);
        clock.advance(42min);
        QCOMPARE(explainClaims(jwt, clock).at(0).value, u"2026-11-27 05:17:00 UTC (now)"_s);
        clock.advance(3h + 5min);
        QCOMPARE(explainClaims(jwt, clock).at(0).value,
                 u"2026-11-27 05:17:00 UTC (3 h 5 min ago)"_s);
    }

    void emptyTokenHasNoRows()
    {
        const ManualClock clock(Now);
        QVERIFY(explainClaims(Jwt(), clock).isEmpty());
        QVERIFY(explainClaims(decodeClaims("{}"), clock).isEmpty());
    }

    void hostileClaimValuesAreShownSafely()
    {
        // Deep nesting within the parser's limit, huge numbers, wrong types: no crash, and
        // every claim still gets exactly one row.
        QByteArray deep = R"({"deep":)";
        deep += QByteArray(500, '[') + QByteArray(500, ']') + R"(,"exp":1e308,"iat":-5,)"
                + R"("nbf":"1e999","auth_time":[1],"amr":{"mfa":true},"":"empty name"})";
        const ManualClock clock(Now);
        const QList<ClaimRow> rows = explainClaims(decodeClaims(deep), clock);
        QCOMPARE(names(rows), (QStringList{u"amr"_s, u"auth_time"_s, u"iat"_s, u"nbf"_s, u"exp"_s,
                                           QString(), u"deep"_s}));
        QCOMPARE(findRow(rows, u"exp"_s)->value, u"1e+308"_s);
        QCOMPARE(findRow(rows, u"iat"_s)->value, u"-5"_s);
        QCOMPARE(findRow(rows, u"nbf"_s)->value, u"1e999"_s);
        QCOMPARE(findRow(rows, u"auth_time"_s)->value, u"1"_s);
        QCOMPARE(findRow(rows, u"amr"_s)->value, u"{\"mfa\":true}"_s);
        QCOMPARE(findRow(rows, QString())->value, u"empty name"_s);
    }

    void displaySafe_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("shown");
        QTest::addRow("plain") << u"svc@contoso.com"_s << u"svc@contoso.com"_s;
        QTest::addRow("non-ASCII letters stay") << u"Jürgen 张伟"_s << u"Jürgen 张伟"_s;
        QTest::addRow("terminal escape") << u"a\u001b[2Jb"_s << u"a\\u001b[2Jb"_s;
        QTest::addRow("bell and NUL") << QString(u"x\u0007y"_s + QChar(0)) << u"x\\u0007y\\u0000"_s;
        QTest::addRow("line break") << u"one\ntwo"_s << u"one\\u000atwo"_s;
        QTest::addRow("right-to-left override") << u"exe.\u202etxt"_s << u"exe.\\u202etxt"_s;
        QTest::addRow("C1 control") << u"a\u009bb"_s << u"a\\u009bb"_s;
    }

    void displaySafe()
    {
        QFETCH(QString, input);
        QFETCH(QString, shown);
        QCOMPARE(PCAuth::displaySafe(input), shown);
    }

    void rowsNeverCarryControlCharacters()
    {
        const ManualClock clock(Now);
        const QList<ClaimRow> rows =
            explainClaims(decodeClaims("{\"upn\":\"a\\u001b[31mb\",\"x\\u0007\":\"v\"}"), clock);
        QCOMPARE(findRow(rows, u"upn"_s)->value, u"a\\u001b[31mb"_s);
        QCOMPARE(rows.last().name, u"x\\u0007"_s);
        QCOMPARE(rows.last().label, u"x\\u0007"_s);
    }
};

QTEST_GUILESS_MAIN(tst_Claims)
#include "tst_claims.moc"

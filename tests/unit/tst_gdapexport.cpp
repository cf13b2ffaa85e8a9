// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
//
// The GDAP overview of an access report and its CSV (pcauthctl access --gdap-csv, the
// Access view's Export CSV): one row per relationship, a row per customer without one, none
// for customers about which nothing could be said, RFC 4180 quoting.
#include "../common/utctime.h"
#include "session/gdapexport.h"

#include <QTest>

using namespace PCAuth;
using namespace Qt::StringLiterals;

namespace {

const QDateTime Now = PCAuth::Test::utcDateTime(QDate(2026, 12, 7), QTime(10, 0));

CustomerAccess customer(const QString &name, const QString &tenant)
{
    CustomerAccess c;
    c.customer.companyName = name;
    c.customer.tenantId = tenant;
    return c;
}

GdapRelationship relationship(const QString &name, const QString &tenant, int endsInDays)
{
    GdapRelationship r;
    r.id = u"rel-"_s + tenant;
    r.displayName = name;
    r.status = u"active"_s;
    r.autoExtendDuration = u"PT0S"_s;
    r.created = Now.addDays(-700);
    r.activated = Now.addDays(-700);
    r.end = Now.addDays(endsInDays);
    r.customerTenantId = tenant;
    r.roleIds = {EntraRoles::DirectoryReaders, EntraRoles::UserAdministrator};
    return r;
}

AccessReport report()
{
    AccessReport report;
    report.warningDays = 30;
    CustomerAccess northwind = customer(u"Northwind, \"Traders\"\nEurope"_s, u"t-1"_s);
    northwind.relationships = {relationship(u"Support, tier 1"_s, u"t-1"_s, 5)};
    CustomerAccess none = customer(u"Lamna Healthcare"_s, u"t-2"_s);
    none.gdap = evaluateCustomerGdap({}, Now, 30, false, QString());
    CustomerAccess unknown = customer(u"Unknown Ltd"_s, u"t-3"_s);
    unknown.gdap = evaluateCustomerGdap({}, Now, 30, true, QString());
    report.customers = {northwind, none, unknown};
    return report;
}

QStringList lines(const QByteArray &csv)
{
    // Records end in CRLF; a quoted field may hold a bare LF.
    QStringList records = QString::fromUtf8(csv).split(u"\r\n"_s);
    if (!records.isEmpty() && records.constLast().isEmpty())
        records.removeLast();
    return records;
}

} // namespace

class tst_GdapExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rowsPerRelationshipAndCustomerWithout()
    {
        const QList<GdapRow> rows = gdapRows(report(), Now);
        QCOMPARE(rows.size(), 2);
        QVERIFY(rows.at(0).relationship.has_value());
        QCOMPARE(rows.at(0).daysLeft, std::optional<int>(5));
        QCOMPARE(rows.at(0).status, AccessStatus::Warning);
        QCOMPARE(rows.at(1).customerName, u"Lamna Healthcare"_s);
        QVERIFY(!rows.at(1).relationship.has_value());
        QCOMPARE(rows.at(1).status, AccessStatus::Problem);
    }

    void csvField_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("field");
        QTest::addRow("plain") << u"Fabrikam"_s << u"Fabrikam"_s;
        QTest::addRow("comma") << u"A, B"_s << u"\"A, B\""_s;
        QTest::addRow("quote") << u"The \"best\""_s << u"\"The \"\"best\"\"\""_s;
        QTest::addRow("newline") << u"a\nb"_s << u"\"a\nb\""_s;
        QTest::addRow("carriage return") << u"a\rb"_s << u"\"a\rb\""_s;
        QTest::addRow("non-ASCII") << u"Zürich Straße 東京"_s << u"Zürich Straße 東京"_s;
        QTest::addRow("empty") << QString() << QString();
    }
    void csvField()
    {
        QFETCH(QString, text);
        QFETCH(QString, field);
        QCOMPARE(PCAuth::csvField(text), field);
    }

    void csvHasHeaderQuotingAndIsoDates()
    {
        const QByteArray csv = gdapCsv(report(), Now);
        const QStringList records = lines(csv);
        QCOMPARE(records.size(), 3);
        QCOMPARE(records.at(0),
                 u"customer,customer_tenant_id,relationship,relationship_id,relationship_status,"
                 "end,days_left,auto_extend,roles,status,findings"_s);
        QVERIFY2(records.at(1).startsWith(u"\"Northwind, \"\"Traders\"\"\nEurope\",t-1,"
                                          "\"Support, tier 1\",rel-t-1,active,"
                                          "2026-12-12T10:00:00Z,5,no,"
                                          "Directory Readers; User Administrator,warning,"_s),
                 qPrintable(records.at(1)));
        QVERIFY2(records.at(2).startsWith(u"Lamna Healthcare,t-2,,,none,,,,,problem,"_s),
                 qPrintable(records.at(2)));
        QVERIFY(!csv.contains("Unknown Ltd"));
    }

    void csvIsUtf8()
    {
        AccessReport r = report();
        r.customers[1].customer.companyName = u"Zürich AG"_s;
        QVERIFY(gdapCsv(r, Now).contains("Z\xc3\xbcrich AG"));
    }
};

QTEST_GUILESS_MAIN(tst_GdapExport)
#include "tst_gdapexport.moc"

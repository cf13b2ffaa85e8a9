// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "../common/utctime.h"
#include "support/clock.h"

#include <QTest>

using namespace PCAuth;
using namespace std::chrono_literals;

class tst_Clock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void manualClockMovesOnlyWhenTold()
    {
        const QDateTime start = PCAuth::Test::utcDateTime(QDate(2026, 1, 1), QTime(12, 0));
        ManualClock clock(start);
        QCOMPARE(clock.now(), start);
        clock.advance(90s);
        QCOMPARE(clock.now(), start.addSecs(90));
        clock.setNow(start.addDays(-1));
        QCOMPARE(clock.now(), start.addDays(-1));
    }

    void manualClockNormalisesToUtc()
    {
        const QDateTime local =
            PCAuth::Test::offsetDateTime(QDate(2026, 6, 1), QTime(9, 30), 2 * 3600);
        ManualClock clock(local);
        QCOMPARE(clock.now().timeSpec(), Qt::UTC);
        QCOMPARE(clock.now().time(), QTime(7, 30));
    }

    void systemClockIsUtcAndCurrent()
    {
        const QDateTime before = QDateTime::currentDateTimeUtc();
        const QDateTime now = Clock::system().now();
        QCOMPARE(now.timeSpec(), Qt::UTC);
        QVERIFY(now >= before);
        QVERIFY(now <= QDateTime::currentDateTimeUtc());
    }
};

QTEST_GUILESS_MAIN(tst_Clock)
#include "tst_clock.moc"

// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QTimeZone>

// Fixed test times without the QDateTime(QDate, QTime, Qt::TimeSpec[, int]) constructor, which
// Qt 6.8 deprecates. Its replacements, QTimeZone::UTC and QTimeZone::fromSecondsAheadOfUtc(),
// only exist from Qt 6.5 on; both give the same timeSpec() (Qt::UTC, Qt::OffsetFromUTC) as before.
// Header-only and included by path, so tests that link only pcauth_core can use it.
namespace PCAuth::Test {

inline QDateTime utcDateTime(QDate date, QTime time)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    return QDateTime(date, time, QTimeZone::UTC);
#else
    return QDateTime(date, time, Qt::UTC);
#endif
}

inline QDateTime offsetDateTime(QDate date, QTime time, int secondsAheadOfUtc)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    return QDateTime(date, time, QTimeZone::fromSecondsAheadOfUtc(secondsAheadOfUtc));
#else
    return QDateTime(date, time, Qt::OffsetFromUTC, secondsAheadOfUtc);
#endif
}

} // namespace PCAuth::Test

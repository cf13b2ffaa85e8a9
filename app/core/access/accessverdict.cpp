// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "access/accessverdict.h"

#include <algorithm>
#include <cmath>

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace PCAuth {

QString accessStatusId(AccessStatus status)
{
    switch (status) {
    case AccessStatus::Ok:
        return u"ok"_s;
    case AccessStatus::Unknown:
        return u"unknown"_s;
    case AccessStatus::Warning:
        return u"warning"_s;
    case AccessStatus::Problem:
        return u"problem"_s;
    }
    return u"unknown"_s;
}

QString accessStatusLabel(AccessStatus status)
{
    switch (status) {
    case AccessStatus::Ok:
        return AccessText::tr("OK");
    case AccessStatus::Unknown:
        return AccessText::tr("Unknown");
    case AccessStatus::Warning:
        return AccessText::tr("Needs attention");
    case AccessStatus::Problem:
        return AccessText::tr("Problem");
    }
    return AccessText::tr("Unknown");
}

AccessStatus worse(AccessStatus a, AccessStatus b)
{
    return int(a) >= int(b) ? a : b;
}

QJsonObject AccessVerdict::toJson() const
{
    QJsonObject object{
        {u"check"_s, check}, {u"status"_s, accessStatusId(status)}, {u"reason"_s, reason}};
    if (!action.isEmpty())
        object.insert(u"action"_s, action);
    if (!evidence.isEmpty())
        object.insert(u"evidence"_s, evidence);
    return object;
}

AccessStatus worstStatus(const QList<AccessVerdict> &verdicts)
{
    AccessStatus worst = AccessStatus::Ok;
    for (const AccessVerdict &v : verdicts)
        worst = worse(worst, v.status);
    return worst;
}

int daysUntil(const QDateTime &now, const QDateTime &end)
{
    const double seconds = double(now.secsTo(end));
    return int(std::ceil(seconds / 86400.0));
}

QString isoDate(const QDateTime &when)
{
    return when.isValid() ? when.toUTC().toString(Qt::ISODate) : QString();
}

QDateTime parseServiceDate(const QString &text)
{
    if (text.isEmpty())
        return {};
    QDateTime when = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!when.isValid())
        when = QDateTime::fromString(text, Qt::ISODate);
    if (!when.isValid()) {
        // Graph writes up to seven fractional digits, more than Qt reads.
        static const QRegularExpression fraction(u"\\.(\\d{3})\\d+"_s);
        QString trimmed = text;
        trimmed.replace(fraction, u".\\1"_s);
        when = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
    }
    return when.isValid() ? when.toUTC() : QDateTime();
}

} // namespace PCAuth

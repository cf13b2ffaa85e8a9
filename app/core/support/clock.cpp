// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "support/clock.h"

#include <QTimeZone>

namespace PCAuth {

Clock::~Clock() = default;

namespace {
class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};
} // namespace

const Clock &Clock::system()
{
    static const SystemClock clock;
    return clock;
}

ManualClock::ManualClock(QDateTime start)
    : m_now(start.toUTC())
{ }

QDateTime ManualClock::now() const
{
    return m_now;
}

void ManualClock::setNow(QDateTime now)
{
    m_now = now.toUTC();
}

void ManualClock::advance(std::chrono::seconds by)
{
    m_now = m_now.addSecs(by.count());
}

} // namespace PCAuth

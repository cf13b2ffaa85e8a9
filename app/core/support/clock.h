// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include <chrono>

#include <QDateTime>

namespace PCAuth {

/// The clock seam: everything that compares against "now" (token expiry, the 90-day
/// inactivity window, countdowns) takes a Clock, so tests and the sandbox can move time.
class Clock
{
public:
    virtual ~Clock();
    /// Current time in UTC.
    virtual QDateTime now() const = 0;

    /// The wall clock.
    static const Clock &system();
};

/// A clock that only moves when told to. For tests and for replaying a scenario.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime start);

    QDateTime now() const override;
    void setNow(QDateTime now);
    void advance(std::chrono::seconds by);

private:
    QDateTime m_now;
};

} // namespace PCAuth

// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "support/job.h"

namespace PCAuth {

Job::Job(QObject *context)
    : QObject(context)
{ }

Job::~Job() = default;

void Job::cancel()
{
    if (!m_running || m_cancelled)
        return;
    m_cancelled = true;
    if (!abort())
        m_cancelled = false;
}

bool Job::begin()
{
    if (m_running)
        return false;
    m_running = true;
    m_cancelled = false;
    return true;
}

bool Job::end()
{
    if (!m_running)
        return false;
    m_running = false;
    return true;
}

} // namespace PCAuth

// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
//
// What every benchmark prints with: one `key=value` line at a time on stdout (flushed, so a
// parent reading the lines sees them as they come), fixed decimals, and this process's
// resident memory.
#pragma once

#include <cstdio>

#include <QFile>
#include <QString>

namespace PCAuth::Bench {

inline void print(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

inline QString fixed(double v, int decimals = 1)
{
    return QString::number(v, 'f', decimals);
}

/// Resident set size of this process in KiB (Linux: VmRSS of /proc/self/status), or -1.
inline qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').constFirst().toLongLong();
    }
    return -1;
}

} // namespace PCAuth::Bench

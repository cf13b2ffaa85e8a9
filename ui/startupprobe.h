// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
//
// `pcauth --exit-when-shown` and the minimal Qt Widgets program of tests/bench/bench_startup
// report the moment their main window is shown with this one header, so that the two
// figures are measured the same way. Header-only: the minimal program links nothing of
// PCAuth.
#pragma once

#include <cstdio>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QFile>
#include <QTimer>
#include <QWidget>

#ifdef Q_OS_LINUX
#include <time.h>
#include <unistd.h>
#endif

namespace PCAuth {

/// Milliseconds since this process started: from the kernel's start time of the process
/// (field 22 of /proc/self/stat, clock ticks since boot, 10 ms resolution) against
/// CLOCK_BOOTTIME on Linux, so that the dynamic loader and static initialisers are counted;
/// elsewhere, or if /proc is unreadable, from `sinceMain` (a timer started at the top of
/// main()).
inline qint64 millisecondsSinceProcessStart(const QElapsedTimer &sinceMain)
{
#ifdef Q_OS_LINUX
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (stat.open(QIODevice::ReadOnly)) {
        const QByteArray text = stat.readAll();
        const qsizetype close = text.lastIndexOf(')'); // the command name may contain spaces
        const QList<QByteArray> fields = text.mid(close + 2).split(' ');
        constexpr qsizetype StartTimeField = 22 - 3; // fields[0] is field 3 (the state)
        bool ok = false;
        const qint64 ticks =
            fields.size() > StartTimeField ? fields.at(StartTimeField).toLongLong(&ok) : 0;
        const long hz = sysconf(_SC_CLK_TCK);
        timespec now{};
        if (close >= 0 && ok && hz > 0 && clock_gettime(CLOCK_BOOTTIME, &now) == 0)
            return qint64(now.tv_sec) * 1000 + now.tv_nsec / 1000000 - ticks * 1000 / hz;
    }
#endif
    return sinceMain.elapsed();
}

/// How many of Qt WebEngine's libraries are mapped into this process (Linux: /proc/self/maps;
/// 0 elsewhere). The start-up must not load them: the consent view's plugin does, on first use.
inline int webEngineLibrariesMapped()
{
    int count = 0;
#ifdef Q_OS_LINUX
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (!maps.open(QIODevice::ReadOnly))
        return 0;
    QList<QByteArray> seen;
    for (const QByteArray &line : maps.readAll().split('\n')) {
        const QByteArray name = line.mid(line.lastIndexOf('/') + 1);
        if (name.startsWith("libQt6WebEngine") && !seen.contains(name)) {
            seen.append(name);
            ++count;
        }
    }
#endif
    return count;
}

/// After the first paint of `window` (and once that paint has finished), prints
/// "shown <ms since process start> webengine_libraries=<n>" on stdout and quits the
/// application with exit code 0.
class ShownReporter final : public QObject
{
public:
    ShownReporter(QWidget &window, const QElapsedTimer &sinceMain)
        : QObject(&window)
        , m_sinceMain(sinceMain)
    {
        window.installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            QTimer::singleShot(0, this, [this] {
                const qint64 shown = millisecondsSinceProcessStart(m_sinceMain);
                std::printf("shown %lld webengine_libraries=%d\n", static_cast<long long>(shown),
                            webEngineLibrariesMapped());
                std::fflush(stdout);
                QCoreApplication::exit(0);
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    const QElapsedTimer &m_sinceMain;
    bool m_seen = false;
};

/// For --exit-when-shown.
inline void exitWhenShown(QWidget &window, const QElapsedTimer &sinceMain)
{
    new ShownReporter(window, sinceMain);
}

} // namespace PCAuth

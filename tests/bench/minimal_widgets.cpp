// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
//
// The yardstick of bench_startup: the smallest Qt Widgets program with a main window (a
// QMainWindow and a label), reporting the moment it is shown exactly as
// `pcauth --exit-when-shown` does (the same clock, the same "first paint" event), so that
// the difference between the two is what PCAuth itself costs.
//
// With PCAUTH_BENCH_PRINT_RSS set it also prints "rss_kib <VmRSS>" at the first paint, before
// the "shown" line: the yardstick of bench_customers' memory figure.
#include "startupprobe.h"

#include <cstdio>

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QMainWindow>

using namespace Qt::StringLiterals;

namespace {

/// Prints this process's VmRSS at the window's first paint.
class RssAtFirstPaint final : public QObject
{
public:
    explicit RssAtFirstPaint(QWidget &window)
        : QObject(&window)
    {
        window.installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            QFile status(u"/proc/self/status"_s);
            if (status.open(QIODevice::ReadOnly)) {
                for (const QByteArray &line : status.readAll().split('\n')) {
                    if (line.startsWith("VmRSS:"))
                        std::printf("rss_kib %s\n",
                                    line.mid(6).trimmed().split(' ').constFirst().constData());
                }
                std::fflush(stdout);
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_seen = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    QApplication app(argc, argv);
    QMainWindow window;
    window.setCentralWidget(new QLabel(u"Hello"_s, &window));
    window.resize(800, 600);
    if (!qEnvironmentVariableIsEmpty("PCAUTH_BENCH_PRINT_RSS"))
        new RssAtFirstPaint(window);
    PCAuth::exitWhenShown(window, sinceMain);
    window.show();
    return app.exec();
}

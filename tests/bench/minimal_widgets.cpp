// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
//
// The yardstick of bench_startup: the smallest Qt Widgets program with a main window (a
// QMainWindow and a label), reporting the moment it is shown exactly as
// `pcauth --exit-when-shown` does (the same clock, the same "first paint" event), so that
// the difference between the two is what PCAuth itself costs.
#include "startupprobe.h"

#include <QApplication>
#include <QLabel>
#include <QMainWindow>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    QApplication app(argc, argv);
    QMainWindow window;
    window.setCentralWidget(new QLabel(u"Hello"_s, &window));
    window.resize(800, 600);
    PCAuth::exitWhenShown(window, sinceMain);
    window.show();
    return app.exec();
}

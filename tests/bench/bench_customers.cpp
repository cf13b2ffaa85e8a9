// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
//
// The customers view under load, through the real page (CustomersPage) on the app's own
// services in sandbox mode (the embedded sandbox on the GUI thread, as `pcauth --sandbox`):
//
//  - filter time per keystroke: N customers (default 50,000) are loaded over HTTP from the
//    sandbox (`--fill model` appends them to the page's model instead), then a 7-character
//    query is typed into the filter box one key at a time (QTest::keyClick), then erased with
//    Backspace. Per key: the time until the proxy has refiltered (the key event returns), and
//    until the events it queued (the table's repaint) are processed too.
//  - resident memory: VmRSS before the page exists, once it exists, and after M customers
//    (default 5,000) are loaded through the sandbox.
//
// Needs a keychain (the demo profile's secret and refresh token go there), like the GUI tests.
// Prints plain key=value lines (see README.md).
#include "appservices.h"
#include "benchprint.h"
#include "benchservices.h"
#include "customers/customersmodel.h"
#include "customers/customerspage.h"

#include <algorithm>
#include <cstdio>
#include <time.h>

#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <vector>

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace PCAuth;

namespace {

using PCAuth::Bench::fixed;
using PCAuth::Bench::print;
using PCAuth::Bench::residentKiB;

QString mib(qint64 kib)
{
    return fixed(double(kib) / 1024.0, 1);
}

std::unique_ptr<AppServices> startServices(int extra, Profile *profile, const QUrl &sandboxUrl = {})
{
    return PCAuth::Bench::startServices(u"bench-customers"_s, extra, profile, sandboxUrl);
}

/// Starts pcauth-sandbox at `path` with `extra` generated customers, as a user would next to
/// `pcauth --sandbox-url`; its address, or empty after a message on stderr.
QUrl startSandboxProcess(QProcess &sandbox, const QString &path, int extra)
{
    sandbox.setProgram(path);
    sandbox.setArguments({u"--port"_s, u"0"_s, u"--customers"_s, QString::number(extra)});
    sandbox.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    sandbox.start();
    QElapsedTimer waited;
    waited.start();
    while (sandbox.waitForStarted(1000) && !sandbox.canReadLine() && waited.elapsed() < 60000)
        sandbox.waitForReadyRead(1000);
    const QJsonObject ready = QJsonDocument::fromJson(sandbox.readLine()).object();
    if (!ready.value("ready"_L1).toBool()) {
        std::fprintf(stderr, "%s did not start\n", qPrintable(path));
        return {};
    }
    return QUrl(ready.value("url"_L1).toString());
}

/// Loads through the page's Load button; returns the seconds it took, or -1.
double loadThroughPage(CustomersPage &page, int expected)
{
    QElapsedTimer timer;
    timer.start();
    QTest::mouseClick(page.findChild<QPushButton *>(u"loadButton"_s), Qt::LeftButton);
    const bool done = QTest::qWaitFor([&page] { return !page.isBusy(); }, 600000);
    if (!done || page.model().rowCount() != expected) {
        std::fprintf(stderr, "loading ended with %d of %d customers\n", page.model().rowCount(),
                     expected);
        return -1;
    }
    return double(timer.nsecsElapsed()) / 1e9;
}

/// Fills the model without HTTP: the demo profile's customers as the sandbox lists them.
void fillModel(CustomersPage &page, const AppServices &services)
{
    QList<Customer> customers;
    for (const Sandbox::Tenant &t : std::as_const(services.sandbox()->context().scenario.customers))
        customers.append(Customer{t.id, t.id, t.domain, t.name, u"reseller"_s});
    page.model().append(customers);
}

/// /proc/loadavg's first three fields: how busy the machine was.
QString loadAverage()
{
    QFile file(u"/proc/loadavg"_s);
    if (!file.open(QIODevice::ReadOnly))
        return u"n/a"_s;
    return QString::fromLatin1(file.readAll()).split(u' ').mid(0, 3).join(u' ');
}

/// CPU time of this thread in ms: what a keystroke costs whatever else the machine runs.
double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

struct KeyTimes
{
    std::vector<double> proxyMs; // until the key event returned (the proxy has refiltered)
    std::vector<double> paintedMs; // plus the queued events (repaint of the table)
    std::vector<double> cpuMs; // the GUI thread's CPU time for the key and its repaint
    QList<int> rows;
};

KeyTimes typeKeys(QLineEdit *edit, const QAbstractItemModel *shown, const QList<int> &keys)
{
    KeyTimes t;
    QElapsedTimer timer;
    for (const int key : keys) {
        QCoreApplication::processEvents();
        const double cpu = threadCpuMs();
        timer.start();
        if (key == Qt::Key_Backspace)
            QTest::keyClick(edit, Qt::Key_Backspace);
        else
            QTest::keyClick(edit, char(key));
        t.proxyMs.push_back(double(timer.nsecsElapsed()) / 1e6);
        QCoreApplication::processEvents();
        t.paintedMs.push_back(double(timer.nsecsElapsed()) / 1e6);
        t.cpuMs.push_back(threadCpuMs() - cpu);
        t.rows.append(shown->rowCount());
    }
    return t;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v.at(v.size() / 2);
}

double maximum(const std::vector<double> &v)
{
    return v.empty() ? 0 : *std::max_element(v.begin(), v.end());
}

QString rowsText(const QList<int> &rows)
{
    QStringList parts;
    for (int r : rows)
        parts << QString::number(r);
    return parts.join(u',');
}

int filterBench(int customers, bool overHttp, const QString &query)
{
    Profile profile;
    std::unique_ptr<AppServices> services = startServices(customers - 25, &profile);
    if (!services)
        return 1;
    int result = 0;
    {
        CustomersPage page(*services);
        page.resize(1200, 800);
        page.show();
        (void)QTest::qWaitForWindowExposed(&page);
        double loadS = 0;
        if (overHttp)
            loadS = loadThroughPage(page, customers);
        else
            fillModel(page, *services);
        auto *edit = page.findChild<QLineEdit *>(u"filterEdit"_s);
        const QAbstractItemModel *shown =
            page.findChild<QTableView *>(u"customersTable"_s)->model();
        if (loadS < 0 || !edit || shown->rowCount() != customers)
            return 1;
        edit->setFocus();
        QList<int> typing, erasing;
        for (const QChar c : query)
            typing.append(c.toLatin1());
        for (qsizetype i = 0; i < query.size(); ++i)
            erasing.append(Qt::Key_Backspace);
        const KeyTimes typed = typeKeys(edit, shown, typing);
        const KeyTimes erased = typeKeys(edit, shown, erasing);
        print(u"customers_filter customers=%1 fill=%2 load_s=%3 query=\"%4\""_s.arg(
            QString::number(customers), overHttp ? u"http"_s : u"model"_s,
            overHttp ? fixed(loadS, 1) : u"n/a"_s, query));
        const auto keys = [](const QString &name, const KeyTimes &t) {
            print(u"customers_filter_%1 median_ms=%2 max_ms=%3 painted_median_ms=%4 "
                  "painted_max_ms=%5 cpu_median_ms=%6 cpu_max_ms=%7 rows=%8"_s.arg(
                      name, fixed(median(t.proxyMs), 2), fixed(maximum(t.proxyMs), 2),
                      fixed(median(t.paintedMs), 2), fixed(maximum(t.paintedMs), 2),
                      fixed(median(t.cpuMs), 2), fixed(maximum(t.cpuMs), 2), rowsText(t.rows)));
        };
        keys(u"typing"_s, typed);
        keys(u"backspace"_s, erased);
        print(u"customers_filter_load load_average=\"%1\""_s.arg(loadAverage()));
        if (erased.rows.constLast() != customers || typed.rows.constLast() >= customers)
            result = 1;
    }
    services->shutdown();
    return result;
}

/// The resident memory of minimal_widgets (a QMainWindow with a label) at its first paint,
/// offscreen like this program, in KiB; -1 when it could not be read.
qint64 minimalWindowKiB(const QString &path)
{
    QProcess minimal;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"PCAUTH_BENCH_PRINT_RSS"_s, u"1"_s);
    minimal.setProcessEnvironment(env);
    minimal.start(path, {});
    if (!minimal.waitForFinished(60000)) {
        minimal.kill();
        minimal.waitForFinished();
        return -1;
    }
    const QList<QByteArray> lines = minimal.readAllStandardOutput().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("rss_kib "))
            return line.mid(8).trimmed().toLongLong();
    }
    return -1;
}

/// `sandboxPath` empty: the sandbox embedded in this process (and its scenario in the
/// figures); else that pcauth-sandbox in a process of its own.
int memoryBench(int customers, const QString &minimalPath, const QString &sandboxPath)
{
    QProcess sandbox;
    QUrl sandboxUrl;
    if (!sandboxPath.isEmpty()) {
        sandboxUrl = startSandboxProcess(sandbox, sandboxPath, customers - 25);
        if (sandboxUrl.isEmpty())
            return 1;
    }
    Profile profile;
    std::unique_ptr<AppServices> services = startServices(customers - 25, &profile, sandboxUrl);
    if (!services)
        return 1;
    int result = 0;
    {
        const qint64 before = residentKiB();
        auto page = std::make_unique<CustomersPage>(*services);
        page->resize(1200, 800);
        page->show();
        (void)QTest::qWaitForWindowExposed(page.get());
        QCoreApplication::processEvents();
        const qint64 created = residentKiB();
        const double loadS = loadThroughPage(*page, customers);
        // What the app's event loop does right after: objects given to deleteLater() go.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCoreApplication::processEvents();
        const qint64 loaded = residentKiB();
        // What of it is memory the allocator keeps after the pages' JSON was freed.
#ifdef __GLIBC__
        malloc_trim(0);
#endif
        const qint64 trimmed = residentKiB();
        if (loadS < 0)
            result = 1;
        print(u"customers_memory customers=%1 sandbox=%9 load_s=%2 rss_before_page_mib=%3 "
              "rss_page_mib=%4 rss_loaded_mib=%5 page_mib=%6 loaded_rows_mib=%7 "
              "page_and_rows_mib=%8"_s.arg(QString::number(customers), fixed(loadS, 1), mib(before),
                                           mib(created), mib(loaded), mib(created - before),
                                           mib(loaded - created), mib(loaded - before),
                                           sandboxPath.isEmpty() ? u"embedded"_s : u"process"_s));
        print(u"customers_memory_trimmed rss_loaded_after_malloc_trim_mib=%1 "
              "load_average=\"%2\""_s.arg(mib(trimmed), loadAverage()));
        // The goal: the whole process (services, page, rows, and with --embedded-sandbox the
        // sandbox and its scenario) within 1.5 x a minimal Qt Widgets window + 20 MiB.
        const qint64 minimal = minimalWindowKiB(minimalPath);
        if (minimal <= 0) {
            std::fprintf(stderr, "could not read minimal_widgets' memory (%s)\n",
                         qPrintable(minimalPath));
            result = 1;
        } else {
            const double goalKiB = 1.5 * double(minimal) + 20.0 * 1024.0;
            print(u"customers_memory_vs_minimal minimal_rss_mib=%1 app_rss_mib=%2 ratio=%3 "
                  "goal_mib=%4 within_goal=%5"_s.arg(
                      mib(minimal), mib(loaded), fixed(double(loaded) / double(minimal), 2),
                      fixed(goalKiB / 1024.0, 1), double(loaded) <= goalKiB ? u"yes"_s : u"no"_s));
        }
    }
    services->shutdown();
    if (sandbox.state() != QProcess::NotRunning) {
        sandbox.terminate();
        if (!sandbox.waitForFinished(10000))
            sandbox.kill();
    }
    return result;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Filter time per keystroke and memory of the customers "
                                     "view (sandbox)."_s);
    parser.addHelpOption();
    const QCommandLineOption customersOpt(
        u"customers"_s, u"Customers for the filter (default 50000)."_s, u"N"_s, u"50000"_s);
    const QCommandLineOption memoryOpt(u"memory-customers"_s,
                                       u"Customers for the memory figure (default 5000)."_s, u"N"_s,
                                       u"5000"_s);
    const QCommandLineOption fillOpt(u"fill"_s, u"http (default) or model."_s, u"HOW"_s, u"http"_s);
    const QCommandLineOption minimalOpt(u"minimal"_s,
                                        u"minimal_widgets, the yardstick of the memory figure."_s,
                                        u"PATH"_s, QStringLiteral(PCAUTH_MINIMAL_WIDGETS));
    const QCommandLineOption queryOpt(u"query"_s, u"Typed query (default \"maple f\")."_s,
                                      u"TEXT"_s, u"maple f"_s);
    const QCommandLineOption sandboxOpt(
        u"sandbox"_s,
        u"pcauth-sandbox for the memory figure, in a process of its own as next to "
        "pcauth --sandbox-url (default: the one built beside)."_s,
        u"PATH"_s, QStringLiteral(PCAUTH_SANDBOX_EXE));
    const QCommandLineOption embeddedOpt(
        u"embedded-sandbox"_s,
        u"The memory figure with the sandbox embedded in this process instead, as pcauth "
        "--sandbox runs it."_s);
    parser.addOptions(
        {customersOpt, memoryOpt, fillOpt, minimalOpt, queryOpt, sandboxOpt, embeddedOpt});
    parser.process(app);
    const int customers = parser.value(customersOpt).toInt();
    const int memoryCustomers = parser.value(memoryOpt).toInt();
    const QString fill = parser.value(fillOpt);
    const QString query = parser.value(queryOpt);
    if (customers < 25 || memoryCustomers < 25 || (fill != "http"_L1 && fill != "model"_L1)
        || query.isEmpty()) {
        std::fprintf(stderr, "--customers >= 25, --memory-customers >= 25, --fill http|model, "
                             "--query not empty\n");
        return 2;
    }
    // Memory first, in a process that has not yet held 50,000 rows.
    const int memory =
        memoryBench(memoryCustomers, parser.value(minimalOpt),
                    parser.isSet(embeddedOpt) ? QString() : parser.value(sandboxOpt));
    const int filter = filterBench(customers, fill == "http"_L1, query);
    return memory || filter ? 1 : 0;
}

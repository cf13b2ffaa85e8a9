// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
//
// Time from process start to the main window shown: `pcauth --exit-when-shown` next to a
// minimal Qt Widgets program (minimal_widgets) measured in the same run, alternately, so
// that machine noise hits both alike. Each program prints "shown <ms since its process
// started>" after the first paint of its main window and exits; this program also measures
// the wall time from QProcess::start() to that line (fork and exec included).
//
// pcauth runs offscreen, NOT in sandbox mode, on a fresh empty config folder and a private
// XDG_CONFIG_HOME per run (what a first start costs); the consent view's Qt WebEngine must
// not have started, which is checked by looking for a QtWebEngineProcess child, and its
// libraries must not be loaded, which each program reports with its "shown" line.
#include <algorithm>
#include <cmath>
#include <cstdio>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    qint64 shownMs = -1; // reported by the program: since its process started
    qint64 wallMs = -1; // measured here: from QProcess::start to the line
    int webEngineChildren = 0;
    int webEngineLibraries = 0; // reported by the program: mapped when it was shown
    QString problem;
};

// Children of `pid` named QtWebEngineProcess (Linux /proc; 0 elsewhere).
int webEngineChildren(qint64 pid)
{
    int count = 0;
    const QString parent = QString::number(pid);
    const QStringList pids = QDir(u"/proc"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : pids) {
        QFile stat(u"/proc/"_s + entry + u"/stat"_s);
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QString text = QString::fromLatin1(stat.readAll());
        const qsizetype open = text.indexOf(u'(');
        const qsizetype close = text.lastIndexOf(u')');
        const QStringList fields = text.mid(close + 2).split(u' ');
        if (open >= 0 && fields.size() > 1 && fields.at(1) == parent
            && text.mid(open + 1, close - open - 1).startsWith(u"QtWebEngineProc"_s))
            ++count;
    }
    return count;
}

Run runOnce(const QString &program, const QStringList &arguments, bool checkWebEngine)
{
    Run run;
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
    env.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
    env.insert(u"XDG_CACHE_HOME"_s, home.filePath(u"cache"_s));
    env.insert(u"PCAUTH_CONFIG_DIR"_s, home.filePath(u"profiles"_s));
    QProcess process;
    process.setProcessEnvironment(env);
    QStringList args = arguments;
    if (!args.isEmpty())
        args << u"--config-dir"_s << home.filePath(u"profiles"_s);
    QElapsedTimer wall;
    wall.start();
    process.start(program, args);
    QByteArray out;
    while (!out.contains('\n') && wall.elapsed() < 30000
           && process.waitForReadyRead(int(30000 - wall.elapsed())))
        out += process.readAllStandardOutput();
    run.wallMs = wall.elapsed();
    if (checkWebEngine)
        run.webEngineChildren = webEngineChildren(process.processId());
    const QList<QByteArray> words = out.left(out.indexOf('\n')).trimmed().split(' ');
    bool ok = false;
    if (words.size() >= 2 && words.at(0) == "shown")
        run.shownMs = words.at(1).toLongLong(&ok);
    for (const QByteArray &word : words)
        if (word.startsWith("webengine_libraries="))
            run.webEngineLibraries = word.mid(20).toInt();
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
    }
    if (!ok)
        run.problem =
            u"%1 printed no \"shown <ms>\" line within 30 s (stdout: %2; stderr: %3)"_s.arg(
                program, QString::fromLocal8Bit(out),
                QString::fromLocal8Bit(process.readAllStandardError()));
    else if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        run.problem = u"%1 exited with %2 after showing its window"_s.arg(
            program, QString::number(process.exitCode()));
    return run;
}

double percentile(QList<qint64> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto rank = qsizetype(std::ceil(p * double(values.size())));
    return double(values.at(std::clamp<qsizetype>(rank - 1, 0, values.size() - 1)));
}

double median(QList<qint64> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? double(values.at(n / 2)) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2.0;
}

void printFigures(const char *key, const QList<qint64> &pcauth, const QList<qint64> &minimal)
{
    const double ratio = median(minimal) > 0 ? median(pcauth) / median(minimal) : 0;
    std::printf("%s pcauth_median=%.1f pcauth_p90=%.1f minimal_median=%.1f minimal_p90=%.1f "
                "ratio_median=%.2f\n",
                key, median(pcauth), percentile(pcauth, 0.9), median(minimal),
                percentile(minimal, 0.9), ratio);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Start-up time of pcauth next to a minimal Qt Widgets "
                                     u"program."_s);
    parser.addHelpOption();
    const QCommandLineOption pcauthOption(u"pcauth"_s, u"The pcauth executable."_s, u"PATH"_s);
    const QCommandLineOption minimalOption(u"minimal"_s, u"The minimal_widgets executable."_s,
                                           u"PATH"_s);
    const QCommandLineOption runsOption(u"runs"_s, u"Runs of each program (default 10)."_s, u"N"_s,
                                        u"10"_s);
    parser.addOptions({pcauthOption, minimalOption, runsOption});
    parser.process(app);
    const int runs = std::max(1, parser.value(runsOption).toInt());
    const QString pcauth = parser.value(pcauthOption);
    const QString minimal = parser.value(minimalOption);
    if (pcauth.isEmpty() || minimal.isEmpty()) {
        std::fputs("bench_startup: --pcauth and --minimal are required\n", stderr);
        return 2;
    }
    const QStringList pcauthArgs{u"--exit-when-shown"_s};

    // One untimed start of each first, so that the first timed one does not pay for a cold
    // disk cache alone.
    runOnce(pcauth, pcauthArgs, false);
    runOnce(minimal, {}, false);

    QList<qint64> pcauthShown, pcauthWall, minimalShown, minimalWall;
    int failures = 0;
    int webEngine = 0;
    int webEngineLibraries = 0;
    for (int i = 0; i < 2 * runs; ++i) {
        // Alternately, and in turn first, so that neither always follows the other.
        const bool pcauthTurn = (i % 2 == 0) == (i / 2 % 2 == 0);
        const Run run =
            pcauthTurn ? runOnce(pcauth, pcauthArgs, true) : runOnce(minimal, {}, false);
        if (!run.problem.isEmpty()) {
            std::fprintf(stderr, "bench_startup: %s\n", qPrintable(run.problem));
            ++failures;
            continue;
        }
        webEngine += run.webEngineChildren;
        if (pcauthTurn)
            webEngineLibraries = std::max(webEngineLibraries, run.webEngineLibraries);
        (pcauthTurn ? pcauthShown : minimalShown).append(run.shownMs);
        (pcauthTurn ? pcauthWall : minimalWall).append(run.wallMs);
    }

    printFigures("startup_shown_ms", pcauthShown, minimalShown);
    printFigures("startup_wall_ms", pcauthWall, minimalWall);
    std::printf("startup_run runs=%d failures=%d webengine_processes=%d webengine_libraries=%d "
                "clock=%s\n",
                runs, failures, webEngine, webEngineLibraries,
#ifdef Q_OS_LINUX
                "proc-self-stat"
#else
                "main-timer"
#endif
    );
    if (webEngine > 0)
        std::fputs("bench_startup: pcauth started Qt WebEngine before its window was shown\n",
                   stderr);
    if (webEngineLibraries > 0)
        std::fputs("bench_startup: pcauth had Qt WebEngine's libraries loaded when its window "
                   "was shown\n",
                   stderr);
    return failures == 0 && webEngine == 0 && webEngineLibraries == 0 ? 0 : 1;
}

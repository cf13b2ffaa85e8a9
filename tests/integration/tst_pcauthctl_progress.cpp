// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
//
// Progress on a terminal: `pcauthctl customers` and `health --customers` against an in-process
// sandbox with generated customers, run once with stderr on a pseudo-terminal (stdout stays a
// pipe, as in `pcauthctl --json customers > list.json` typed in a terminal) and once with both
// piped, as a scheduled job would. The progress lines must reach the terminal only, and never
// stdout.
#include "pcauthctlrunner.h"
#include "sessionfixture.h"

#include <cerrno>
#include <csignal>
#include <vector>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;
using namespace PCAuth::Test;
namespace SandboxTest = PCAuth::SandboxTest;

namespace {

/// With the demo's 25, three pages of 500: progress after each page.
constexpr int GeneratedCustomers = 1000;
constexpr int AllCustomers = 25 + GeneratedCustomers;
/// For the health check: one progress line per customer checked.
constexpr int FewGenerated = 15;
constexpr int FewCustomers = 25 + FewGenerated;

struct TerminalRun
{
    int exitCode = -1; // -1: did not start, killed or crashed
    QString terminal; // what stderr wrote to the terminal
    QString out; // stdout, a pipe
};

#ifdef Q_OS_UNIX
void drain(int fd, QByteArray &into)
{
    char buffer[8192];
    for (;;) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n <= 0)
            return;
        into.append(buffer, qsizetype(n));
    }
}

/// Runs `program` with stderr on a new pseudo-terminal (posix_openpt, no `script` needed),
/// stdout on a pipe and stdin from /dev/null, keeping the event loop running so that the
/// in-process sandbox answers it.
TerminalRun runWithStderrOnTerminal(const QString &program, const QStringList &arguments,
                                    const QProcessEnvironment &environment, int timeoutMs)
{
    TerminalRun run;
    const int master = posix_openpt(O_RDWR | O_NOCTTY);
    if (master < 0 || grantpt(master) != 0 || unlockpt(master) != 0)
        return run;
    // The parent keeps the terminal open until it has read everything: no EIO on a hang-up.
    const int terminal = ::open(ptsname(master), O_RDWR | O_NOCTTY);
    int out[2] = {-1, -1};
    const int devNull = ::open("/dev/null", O_RDONLY);
    if (terminal < 0 || devNull < 0 || ::pipe(out) != 0)
        return run;
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, devNull, STDIN_FILENO);
    posix_spawn_file_actions_adddup2(&actions, out[1], STDOUT_FILENO);
    posix_spawn_file_actions_adddup2(&actions, terminal, STDERR_FILENO);
    for (const int fd : {master, out[0], out[1], terminal, devNull})
        posix_spawn_file_actions_addclose(&actions, fd);

    std::vector<QByteArray> storage{QFile::encodeName(program)};
    for (const QString &argument : arguments)
        storage.push_back(argument.toLocal8Bit());
    const qsizetype argumentCount = qsizetype(storage.size());
    for (const QString &variable : environment.toStringList())
        storage.push_back(variable.toLocal8Bit());
    std::vector<char *> argv, envp;
    for (qsizetype i = 0; i < qsizetype(storage.size()); ++i)
        (i < argumentCount ? argv : envp).push_back(storage[size_t(i)].data());
    argv.push_back(nullptr);
    envp.push_back(nullptr);

    pid_t pid = -1;
    const int spawned = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    ::close(out[1]);
    ::close(devNull);
    QByteArray onTerminal, onStdout;
    int status = 0;
    if (spawned == 0) {
        ::fcntl(master, F_SETFL, O_NONBLOCK);
        ::fcntl(out[0], F_SETFL, O_NONBLOCK);
        const bool ended = QTest::qWaitFor(
            [&] {
                drain(master, onTerminal);
                drain(out[0], onStdout); // read as it comes: a full pipe would block the child
                return ::waitpid(pid, &status, WNOHANG) == pid;
            },
            timeoutMs);
        if (!ended) {
            ::kill(pid, SIGKILL);
            ::waitpid(pid, &status, 0);
        }
        drain(master, onTerminal);
        drain(out[0], onStdout);
        if (ended && WIFEXITED(status))
            run.exitCode = WEXITSTATUS(status);
    }
    for (const int fd : {master, terminal, out[0]})
        ::close(fd);
    run.terminal = QString::fromUtf8(onTerminal);
    run.out = QString::fromUtf8(onStdout);
    return run;
}
#endif

QJsonObject jsonOf(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

/// The terminal turns "\n" into "\r\n"; progress lines start with a lone "\r".
QStringList progressLines(const QString &terminal)
{
    QString text = terminal;
    text.replace(u"\r\n"_s, u"\n"_s);
    QStringList lines;
    for (const QString &line : text.split(u'\n')) {
        for (const QString &part : line.split(u'\r', Qt::SkipEmptyParts))
            lines << part;
    }
    return lines;
}

/// An in-process sandbox with `generated` more customers, and a pcauthctl profile (its own
/// config folder and keychain service) consented on it, this test being the browser.
struct ConsentedSandbox
{
    std::unique_ptr<PCAuth::Sandbox::SandboxServer> server;
    std::unique_ptr<SandboxTest::Client> client;
    std::unique_ptr<PcauthctlRunner> ctl;
    QTemporaryDir dir;
    QString profileId;

    /// Empty on success, else what failed. `only`: keep that many of the customers.
    QString start(int generated, qsizetype only = -1)
    {
        PCAuth::Sandbox::Scenario scenario = PCAuth::Sandbox::Scenario::demo();
        scenario.addGeneratedCustomers(generated);
        if (only >= 0)
            scenario.customers.resize(only);
        server = std::make_unique<PCAuth::Sandbox::SandboxServer>(scenario);
        QString error;
        if (!server->start(QHostAddress::LocalHost, 0, &error))
            return error;
        client = std::make_unique<SandboxTest::Client>(server->baseUrl());
        const SandboxTest::Reply cloud = client->get(u"/_sandbox/cloud.json"_s);
        QFile file(dir.filePath(u"sandbox-cloud.json"_s));
        if (cloud.status != 200 || !file.open(QIODevice::WriteOnly) || file.write(cloud.body) < 0)
            return u"cannot write the sandbox cloud file"_s;
        file.close();
        ctl = std::make_unique<PcauthctlRunner>(QStringLiteral(PCAUTHCTL_EXE));
        const CtlRun added =
            ctl->run({u"--json"_s, u"profile"_s, u"add"_s, u"--name"_s, u"Sandbox"_s, u"--cloud"_s,
                      u"custom"_s, u"--cloud-file"_s, file.fileName(), u"--tenant"_s, PartnerDomain,
                      u"--client-id"_s, WebAppId, u"--secret-stdin"_s},
                     WebAppSecret + '\n');
        profileId = jsonOf(added.out).value(u"id"_s).toString();
        if (added.exitCode != 0 || profileId.isEmpty())
            return u"profile add: "_s + added.err;
        const CtlRun consented = consent();
        return consented.exitCode == 0 ? QString() : u"consent: "_s + consented.err;
    }

    /// `consent --browser print`, with this test as the browser.
    CtlRun consent()
    {
        const std::unique_ptr<QProcess> child =
            ctl->start({u"consent"_s, u"--profile"_s, u"Sandbox"_s, u"--browser"_s, u"print"_s,
                        u"--timeout"_s, u"60"_s});
        QByteArray printed;
        (void)QTest::qWaitFor(
            [&] {
                printed += child->readAllStandardOutput();
                return printed.contains('\n') || child->state() == QProcess::NotRunning;
            },
            20000);
        const QUrl url(QString::fromUtf8(printed.left(printed.indexOf('\n'))).trimmed());
        if (url.isValid() && url.scheme() == "http"_L1) {
            const BrowserResult browsed =
                browseSignIn(*client, url, ServiceUser, ServicePassword, ServiceOtc);
            if (browsed.location.isValid())
                client->send("GET"_ba, browsed.location); // the child's loopback listener
        }
        return PcauthctlRunner::finish(*child);
    }

    /// Removes the profile and its keychain items.
    bool remove()
    {
        return !ctl || profileId.isEmpty()
               || ctl->run({u"profile"_s, u"remove"_s, profileId}).exitCode == 0;
    }

    TerminalRun onTerminal(const QStringList &arguments, int timeoutMs) const
    {
#ifdef Q_OS_UNIX
        return runWithStderrOnTerminal(QStringLiteral(PCAUTHCTL_EXE),
                                       QStringList{u"--config-dir"_s, ctl->configDir()} + arguments,
                                       ctl->environment(), timeoutMs);
#else
        Q_UNUSED(arguments);
        Q_UNUSED(timeoutMs);
        return {};
#endif
    }
};

} // namespace

class tst_PcauthctlProgress final : public QObject
{
    Q_OBJECT

private:
    ConsentedSandbox m_many; // three pages of customers

private Q_SLOTS:
    void initTestCase()
    {
#ifndef Q_OS_UNIX
        QSKIP("pseudo-terminals: POSIX only");
#endif
        const QString error = m_many.start(GeneratedCustomers);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void cleanupTestCase()
    {
        QVERIFY(m_many.remove());
    }

    void customersShowProgressOnATerminalOnly_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addRow("human") << QStringList{u"customers"_s, u"--profile"_s, u"Sandbox"_s};
        QTest::addRow("json") << QStringList{u"--json"_s, u"customers"_s, u"--profile"_s,
                                             u"Sandbox"_s};
    }
    void customersShowProgressOnATerminalOnly()
    {
#ifdef Q_OS_UNIX
        QFETCH(QStringList, arguments);
        const TerminalRun shown = m_many.onTerminal(arguments, 60000);
        QCOMPARE(shown.exitCode, 0);
        // One line per page of 500, each overwriting the last, then a line break.
        QCOMPARE(progressLines(shown.terminal),
                 (QStringList{u"500 customers read"_s, u"1000 customers read"_s,
                              u"%1 customers read"_s.arg(AllCustomers)}));
        QVERIFY2(shown.terminal.endsWith(u"\r\n"_s), qPrintable(shown.terminal));

        const CtlRun piped = m_many.ctl->run(arguments);
        QCOMPARE(piped.exitCode, 0);
        QCOMPARE(piped.err, QString());
        // Standard output is the same whether or not stderr is a terminal.
        QCOMPARE(shown.out, piped.out);
        if (arguments.first() == "--json"_L1)
            QCOMPARE(jsonOf(shown.out).value(u"customers"_s).toArray().size(), AllCustomers);
        else
            QVERIFY2(shown.out.endsWith(u"\n%1 customers\n"_s.arg(AllCustomers)),
                     qPrintable(shown.out.right(200)));
#endif
    }

    void oneCustomerIsOneCustomer()
    {
        // pcauthctl installs English plural forms: not "1 customers".
        ConsentedSandbox one;
        const auto removeProfile = qScopeGuard([&one] { one.remove(); });
        const QString error = one.start(0, 1);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const CtlRun listed = one.ctl->run({u"customers"_s, u"--profile"_s, u"Sandbox"_s});
        QCOMPARE(listed.exitCode, 0);
        QVERIFY2(listed.out.endsWith(u"\n1 customer\n"_s), qPrintable(listed.out));
    }

    void healthShowsProgressOnATerminalOnly()
    {
#ifdef Q_OS_UNIX
        const QStringList arguments{u"--json"_s,  u"health"_s,      u"--profile"_s,
                                    u"Sandbox"_s, u"--customers"_s, u"--concurrency"_s,
                                    u"16"_s};
        // Each customer tenant costs a Graph token (a rotated refresh token written to the
        // keychain): a smaller sandbox of its own keeps this quick.
        ConsentedSandbox few;
        const auto removeProfile = qScopeGuard([&few] { few.remove(); });
        const QString error = few.start(FewGenerated);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const TerminalRun shown = few.onTerminal(arguments, 120000);
        // Every eighth generated customer has not consented: warnings, exit 1 or 2.
        QVERIFY2(shown.exitCode == 1 || shown.exitCode == 2, qPrintable(shown.terminal.right(500)));
        const QStringList lines = progressLines(shown.terminal);
        QCOMPARE(lines.size(), FewCustomers);
        QCOMPARE(lines.first(), u"1/%1 customers checked"_s.arg(FewCustomers));
        QCOMPARE(lines.last(), u"%1/%1 customers checked"_s.arg(FewCustomers));
        QVERIFY2(shown.terminal.endsWith(u"\r\n"_s), qPrintable(shown.terminal.right(200)));

        const CtlRun piped = few.ctl->run(arguments);
        QCOMPARE(piped.exitCode, shown.exitCode);
        QCOMPARE(piped.err, QString());
        // Both reports are whole JSON: no progress in stdout. Same summary either way.
        const auto summary = [](const QString &out) {
            return jsonOf(out)
                .value(u"profiles"_s)
                .toArray()
                .at(0)
                .toObject()
                .value(u"customers"_s)
                .toObject()
                .value(u"summary"_s)
                .toObject();
        };
        QCOMPARE(summary(shown.out).value(u"total"_s).toInt(), FewCustomers);
        QCOMPARE(summary(shown.out), summary(piped.out));
#endif
    }
};

QTEST_GUILESS_MAIN(tst_PcauthctlProgress)
#include "tst_pcauthctl_progress.moc"

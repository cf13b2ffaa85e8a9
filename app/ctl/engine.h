// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include "cli.h"
#include "health/tokenhealth.h"
#include "session/workspace.h"
#include "support/expected.h"

#include <functional>
#include <optional>
#include <utility>

#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonObject>
#include <QObject>

namespace PCAuth::Ctl {

/// What every command shows of a token: the first 6 characters and the length, e.g.
/// "eyJ0eX…(1432 chars)". Enough to tell two tokens apart in a log, useless to an attacker.
QString redactToken(const QString &token);

/// The refresh token's figures as the dashboard shows them, one per line with `indent`:
/// "Last refresh: just now", "Days left: 90 days (estimate)", and with `accessToken` the
/// partner tenant's cached access token: "Access token: expires in 59:58".
void printFigures(QTextStream &out, const HealthFigures &figures, const QString &indent,
                  bool accessToken = true);

/// Parses `context.arguments` for `pcauthctl <command>`. Returns false when the command must
/// stop now (help shown, or a usage error printed); `exitCode` then says how to exit.
bool parseCommand(Context &context, QCommandLineParser &parser, const QString &command,
                  int &exitCode);

/// "pcauthctl <command>: <message>" on stderr; returns `code` so callers can `return
/// complain(...)`.
int complain(Context &context, const QString &command, const QString &message, int code);

/// The whole of standard input (at most 1 MiB), without a trailing line break: how secrets
/// reach pcauthctl, so that they never appear in the process list or the shell history.
QByteArray readSecretFromStdin(Context &context);

/// The resource identifier for --audience: a service id (partner-center, graph, arm,
/// keyvault, aad-graph) in the profile's cloud, or a custom resource URI taken verbatim.
/// The message names --audience.
Expected<QString> audienceResource(const Cloud &cloud, const QString &audience);

/// Runs `start(context, done)` and a local event loop until `done` was called; returns what
/// it was called with. The core is asynchronous and never spins an event loop; a command-line
/// tool is allowed to wait. Every core call answers later (never inside the call), with its
/// own timeouts, so the wait ends.
template<typename Result, typename Start>
Result awaitAnswer(Start &&start)
{
    QObject context;
    std::optional<Result> result;
    QEventLoop loop;
    start(&context, [&result, &loop](const Result &value) {
        result = value;
        loop.quit();
    });
    if (!result)
        loop.exec();
    return std::move(*result);
}

/// The context of a subcommand: `arguments` instead of the command's own, the rest the same.
Context subcommand(const Context &context, const QStringList &arguments);

/// Indented JSON on stdout.
void printJson(Context &context, const QJsonObject &object);

/// Progress lines are for a person watching: only when stderr is a terminal.
bool stderrIsTerminal();

/// A profile and the cloud it signs in to.
struct ProfileInCloud
{
    Profile profile;
    Cloud cloud;
};

/// The engine objects of one pcauthctl run (a Workspace), built once from the global options.
class Engine final
{
    Q_DISABLE_COPY_MOVE(Engine)
public:
    /// `policy`: the HTTP client's; a bulk health check raises maxParallel to its concurrency.
    explicit Engine(const Context &context, const RetryPolicy &policy = RetryPolicy());
    ~Engine();

    ProfileStore &profiles() { return m_workspace.profiles(); }
    Vault &vault() { return m_workspace.vault(); }
    HttpClient &http() { return m_workspace.http(); }
    TokenBroker &broker() { return m_workspace.broker(); }
    const Clock &clock() const { return m_workspace.clock(); }
    QString configDir() const { return m_workspace.configDir(); }

    /// awaitAnswer(), for calls into this engine.
    template<typename Result, typename Start>
    Result await(Start &&start)
    {
        return awaitAnswer<Result>(std::forward<Start>(start));
    }

    /// The profile named (by name or id) with its cloud; the error says which is missing.
    Expected<ProfileInCloud> profileInCloud(const QString &nameOrId) const;
    /// The profile named (by name or id), or every profile when `nameOrId` is empty.
    Expected<QList<Profile>> selectProfiles(const QString &nameOrId) const;

    AccessTokenResult accessToken(const TokenKey &key);
    SecretResult awaitSecret(const std::function<void(QObject *, SecretStore::Callback)> &start);
    /// The profile's refresh token record (NotFound when there is none).
    std::pair<SecretResult, RefreshTokenRecord> refreshToken(const QString &profileId);

    /// Runs the event loop until quit(code) is called; for commands that run many requests.
    int exec();
    void quit(int code);

private:
    Workspace m_workspace;
    QEventLoop m_loop;
};

} // namespace PCAuth::Ctl

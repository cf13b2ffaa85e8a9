// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "engine.h"

#include <cstdio>

#include <QJsonDocument>

#ifdef Q_OS_WIN
#include <io.h>
#define PCAUTH_ISATTY _isatty
#define PCAUTH_FILENO _fileno
#else
#include <unistd.h>
#define PCAUTH_ISATTY isatty
#define PCAUTH_FILENO fileno
#endif

using namespace Qt::StringLiterals;

namespace PCAuth::Ctl {

QString redactToken(const QString &token)
{
    if (token.isEmpty())
        return QString();
    return token.left(6) + u'\u2026' + Text::tr("(%n chars)", nullptr, int(token.size()));
}

void printFigures(QTextStream &out, const HealthFigures &figures, const QString &indent,
                  bool accessToken)
{
    if (!figures.lastRefresh.isEmpty())
        out << indent << Text::tr("Last refresh: %1").arg(figures.lastRefresh) << '\n';
    if (!figures.daysLeft.isEmpty())
        out << indent << Text::tr("Days left: %1").arg(figures.daysLeft) << '\n';
    if (accessToken)
        out << indent << Text::tr("Access token: %1").arg(figures.accessToken) << '\n';
}

bool parseCommand(Context &context, QCommandLineParser &parser, const QString &command,
                  int &exitCode)
{
    parser.addHelpOption();
    if (!parser.parse(QStringList{u"pcauthctl "_s + command} + context.arguments)) {
        exitCode = complain(context, command, parser.errorText(), ExitUsage);
        return false;
    }
    if (parser.isSet(u"help"_s)) {
        context.out << parser.helpText();
        exitCode = ExitOk;
        return false;
    }
    return true;
}

int complain(Context &context, const QString &command, const QString &message, int code)
{
    context.err << "pcauthctl " << command << ": " << message << '\n';
    context.err.flush();
    return code;
}

QByteArray readSecretFromStdin(Context &context)
{
    constexpr qsizetype limit = 1024 * 1024;
    QString text;
    while (!context.in.atEnd() && text.size() <= limit)
        text += context.in.read(limit + 1 - text.size());
    while (text.endsWith(u'\n') || text.endsWith(u'\r'))
        text.chop(1);
    return text.toUtf8();
}

Context subcommand(const Context &context, const QStringList &arguments)
{
    return Context{arguments,   context.json, context.configDir,
                   context.out, context.err,  context.in};
}

Expected<QString> audienceResource(const Cloud &cloud, const QString &audience)
{
    if (const std::optional<Service> service = serviceFromId(audience)) {
        const QString resource = cloud.resource(*service);
        if (resource.isEmpty())
            return fail(Text::tr("Audience: %1 is not available in the cloud %2.")
                            .arg(audience, cloud.displayName()));
        return resource;
    }
    const QUrl url(audience, QUrl::StrictMode);
    if (audience.isEmpty() || !url.isValid() || url.scheme().isEmpty() || audience.contains(u' '))
        return fail(Text::tr("Audience: give partner-center, graph, arm, keyvault, aad-graph or "
                             "a resource URI, not \"%1\".")
                        .arg(audience));
    return audience;
}

void printJson(Context &context, const QJsonObject &object)
{
    context.out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    context.out.flush();
}

bool stderrIsTerminal()
{
    return PCAUTH_ISATTY(PCAUTH_FILENO(stderr)) != 0;
}

Engine::Engine(const Context &context, const RetryPolicy &policy)
    : m_workspace(Workspace::Options{context.configDir, QString(), policy, &Clock::system()})
{ }

Engine::~Engine()
{
    // A bulk run keeps the newest rotated refresh token in memory and stores it once at its
    // end (TokenBroker): it must reach the keychain before the process goes.
    if (broker().hasPendingTokens())
        awaitAnswer<bool>([this](QObject *context, const std::function<void(bool)> &done) {
            broker().savePending(context, [done] { done(true); });
        });
}

Expected<ProfileInCloud> Engine::profileInCloud(const QString &nameOrId) const
{
    const Expected<Profile> profile = m_workspace.profiles().find(nameOrId);
    if (!profile)
        return fail(profile.error());
    const Expected<Cloud> cloud = profile->cloud();
    if (!cloud)
        return fail(cloud.error());
    return ProfileInCloud{profile.value(), cloud.value()};
}

Expected<QList<Profile>> Engine::selectProfiles(const QString &nameOrId) const
{
    if (nameOrId.isEmpty())
        return m_workspace.profiles().load();
    const Expected<Profile> one = m_workspace.profiles().find(nameOrId);
    if (!one)
        return fail(one.error());
    return QList<Profile>{*one};
}

AccessTokenResult Engine::accessToken(const TokenKey &key)
{
    return await<AccessTokenResult>([this, &key](QObject *context, auto done) {
        m_workspace.broker().accessToken(key, context, done);
    });
}

SecretResult Engine::awaitSecret(const std::function<void(QObject *, SecretStore::Callback)> &start)
{
    return await<SecretResult>(
        [&start](QObject *context, const SecretStore::Callback &done) { start(context, done); });
}

std::pair<SecretResult, RefreshTokenRecord> Engine::refreshToken(const QString &profileId)
{
    using Answer = std::pair<SecretResult, RefreshTokenRecord>;
    return await<Answer>([this, &profileId](QObject *context, auto done) {
        m_workspace.vault().loadRefreshToken(
            profileId, context,
            [done](const SecretResult &result, const RefreshTokenRecord &record) {
                done(Answer{result, record});
            });
    });
}

int Engine::exec()
{
    return m_loop.exec();
}

void Engine::quit(int code)
{
    m_loop.exit(code);
}

} // namespace PCAuth::Ctl

// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "consentcommand.h"

#include "engine.h"
#include "session/consentflow.h"

#include <QJsonDocument>
#include <QProcess>

using namespace Qt::StringLiterals;

namespace PCAuth::Ctl {

namespace {

const QString Command = u"consent"_s;

/// Opens `url` with the desktop's handler. pcauthctl does not link Qt GUI, so it asks the
/// platform's opener directly.
bool openInBrowser(const QUrl &url)
{
#if defined(Q_OS_WIN)
    return QProcess::startDetached(u"rundll32"_s,
                                   {u"url.dll,FileProtocolHandler"_s, url.toString()});
#elif defined(Q_OS_MACOS)
    return QProcess::startDetached(u"open"_s, {url.toString()});
#else
    return QProcess::startDetached(u"xdg-open"_s, {url.toString()});
#endif
}

void announce(Context &context, const QUrl &url, bool print)
{
    const QString text = url.toString(QUrl::FullyEncoded);
    if (context.json) {
        context.out << QString::fromUtf8(QJsonDocument(QJsonObject{{u"authorizationUrl"_s, text}})
                                             .toJson(QJsonDocument::Compact))
                    << '\n';
    } else {
        if (!print)
            context.err << Text::tr("If no browser opened, open this URL to sign in:") << '\n';
        else
            context.err << Text::tr("Open this URL in a browser and sign in:") << '\n';
        context.out << text << '\n';
    }
    context.out.flush();
    context.err.flush();
}

int report(Context &context, const ConsentResult &result)
{
    if (!result.ok)
        return complain(context, Command, result.message, ExitFailure);
    if (context.json) {
        printJson(context, QJsonObject{{u"ok"_s, true},
                                       {u"upn"_s, result.upn},
                                       {u"tenant"_s, result.tenant},
                                       {u"mfa"_s, mfaEvidenceId(result.mfa)},
                                       {u"storedIn"_s, result.storedIn},
                                       {u"message"_s, result.message}});
    } else {
        context.out << Text::tr("Consent recorded for %1 (MFA: %2); refresh token stored in %3.")
                           .arg(result.upn, mfaEvidenceId(result.mfa), result.storedIn)
                    << '\n';
        if (!result.message.isEmpty())
            context.out << result.message << '\n';
    }
    return ExitOk;
}

} // namespace

int runConsent(Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption profileOption(u"profile"_s, Text::tr("Profile name or id."), u"P"_s);
    const QCommandLineOption browserOption(
        u"browser"_s, Text::tr("system (open the browser) or print (print the URL)."),
        u"system|print"_s, u"system"_s);
    const QCommandLineOption timeoutOption(
        u"timeout"_s, Text::tr("Seconds to wait for the sign-in."), u"S"_s, u"300"_s);
    const QCommandLineOption hintOption(u"login-hint"_s, Text::tr("Account to sign in with."),
                                        u"UPN"_s);
    const QCommandLineOption acceptOption(
        u"accept-without-mfa"_s,
        Text::tr("Keep a token without MFA evidence (health will flag it)."));
    parser.addOptions({profileOption, browserOption, timeoutOption, hintOption, acceptOption});
    int code = ExitOk;
    if (!parseCommand(context, parser, Command, code))
        return code;
    if (!parser.isSet(profileOption))
        return complain(context, Command, Text::tr("Profile: give --profile NAME"), ExitUsage);
    const QString browser = parser.value(browserOption);
    if (browser != "system"_L1 && browser != "print"_L1)
        return complain(context, Command,
                        Text::tr("Browser: must be system or print, not \"%1\".").arg(browser),
                        ExitUsage);
    bool numeric = false;
    const int timeout = parser.value(timeoutOption).toInt(&numeric);
    if (!numeric || timeout < 10 || timeout > 3600)
        return complain(context, Command,
                        Text::tr("Timeout: give 10 to 3600 seconds, not \"%1\".")
                            .arg(parser.value(timeoutOption)),
                        ExitUsage);
    Engine engine(context);
    const Expected<Profile> profile = engine.profiles().find(parser.value(profileOption));
    if (!profile)
        return complain(context, Command, profile.error(), ExitFailure);

    ConsentFlow flow(engine.vault(), engine.http(), engine.clock(), nullptr);
    // Keeping a token without MFA is pointless if Entra is told to demand MFA: a user without
    // it could not finish the sign-in (AADSTS50076).
    flow.setAcceptWithoutMfa(parser.isSet(acceptOption));
    flow.setAskForMfa(!parser.isSet(acceptOption));
    std::optional<ConsentResult> result;
    QObject::connect(&flow, &ConsentFlow::finished, &flow, [&](const ConsentResult &r) {
        result = r;
        engine.quit(0);
    });
    const Expected<QUrl> url =
        flow.startLoopback(*profile, std::chrono::seconds(timeout), parser.value(hintOption));
    if (!url)
        return complain(context, Command, url.error(), ExitFailure);
    const bool print = browser == "print"_L1 || !openInBrowser(*url);
    announce(context, *url, print);
    if (!result)
        engine.exec();
    return report(context, *result);
}

} // namespace PCAuth::Ctl

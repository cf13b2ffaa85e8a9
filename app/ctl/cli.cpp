// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "cli.h"

#include "accesscommand.h"
#include "callcommand.h"
#include "consentcommand.h"
#include "healthcommand.h"
#include "inspectcommand.h"
#include "keepalivecommand.h"
#include "keyvaultcommand.h"
#include "profilecommand.h"
#include "schedulecommand.h"
#include "support/versioninfo.h"
#include "tokencommand.h"

#include <functional>

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSslCertificate>
#include <QSslConfiguration>

using namespace Qt::StringLiterals;

namespace PCAuth::Ctl {

namespace {

struct Command
{
    QString name;
    const char *summary;
    std::function<int(Context &)> run;
};

const QList<Command> &commands()
{
    static const QList<Command> table{
        {u"profile"_s,
         QT_TRANSLATE_NOOP("PCAuth::Ctl", "Add, list, show or remove partner profiles"),
         &runProfile},
        {u"consent"_s,
         QT_TRANSLATE_NOOP("PCAuth::Ctl",
                           "Partner consent in the browser; stores the refresh token"),
         &runConsent},
        {u"token"_s,
         QT_TRANSLATE_NOOP("PCAuth::Ctl", "Get an access token (redacted unless --show-token)"),
         &runToken},
        {u"health"_s,
         QT_TRANSLATE_NOOP("PCAuth::Ctl", "Check profiles (and customers): exit 0/1/2"),
         &runHealth},
        {u"access"_s,
         QT_TRANSLATE_NOOP("PCAuth::Ctl",
                           "Will the calls work? MFA, SAM app, GDAP, consent; grant consent"),
         &runAccess},
        {u"customers"_s, QT_TRANSLATE_NOOP("PCAuth::Ctl", "List the partner's customers"),
         &runCustomers},
        {u"call"_s,
         QT_TRANSLATE_NOOP("PCAuth::Ctl", "Call Partner Center or Graph: METHOD PATH_OR_URL"),
         &runCall},
        {u"keepalive"_s,
         QT_TRANSLATE_NOOP("PCAuth::Ctl", "Redeem refresh tokens to reset the 90-day clock"),
         &runKeepalive},
        {u"schedule"_s,
         QT_TRANSLATE_NOOP("PCAuth::Ctl", "Install, remove or show the keepalive schedule"),
         &runSchedule},
        {u"keyvault"_s,
         QT_TRANSLATE_NOOP("PCAuth::Ctl", "Export a refresh token to Azure Key Vault"),
         &runKeyVault},
        {u"inspect"_s,
         QT_TRANSLATE_NOOP("PCAuth::Ctl", "Decode a token: claims, MFA verdict, expiry"),
         &runInspect},
    };
    return table;
}

void printHelp(QTextStream &out)
{
    out << Text::tr("Usage: pcauthctl [--json] [--config-dir DIR] COMMAND [ARGS...]") << "\n\n"
        << Text::tr("Partner Center authentication for scripts: the engine of PCAuth without the "
                    "window.")
        << "\n\n"
        << Text::tr("Commands:") << '\n';
    for (const Command &command : commands())
        out << "  " << command.name.leftJustified(12)
            << QCoreApplication::translate("PCAuth::Ctl", command.summary) << '\n';
    out << '\n'
        << Text::tr("Global options:") << '\n'
        << "  --json            " << Text::tr("Machine-readable output (stable JSON on stdout)")
        << '\n'
        << "  --config-dir DIR  "
        << Text::tr("Use DIR for profiles instead of the user's config folder") << '\n'
        << "  -v, --verbose     "
        << Text::tr("Show the engine's log on stderr (requests, retries; never a secret)") << '\n'
        << "  -h, --help        "
        << Text::tr("Show this help; `pcauthctl COMMAND --help` for a command") << '\n'
        << "  -V, --version     " << Text::tr("Show versions of PCAuth, Qt, QtKeychain and OpenSSL")
        << "\n\n"
        << Text::tr(
               "Exit codes: 0 success, 1 warnings, 2 failure (reason on stderr), 64 usage error "
               "(a wrong value: the message names the field).")
        << '\n'
        << Text::tr("Secrets are read from standard input (--secret-stdin) or files, never from "
                    "the command line. Tokens are shown redacted unless --show-token.")
        << '\n'
        << Text::tr("Environment: PCAUTH_CONFIG_DIR (profiles folder), PCAUTH_KEYCHAIN_SERVICE "
                    "(keychain service name, default pcauth), PCAUTH_EXTRA_CA_CERTS (a PEM file "
                    "of certificate authorities trusted beside the system's, e.g. a TLS "
                    "inspecting proxy's; certificates are verified all the same).")
        << '\n';
}

/// PCAUTH_EXTRA_CA_CERTS, like Node's NODE_EXTRA_CA_CERTS: more trust anchors, never less
/// verification. Qt's OpenSSL backend reads only its fixed system folders, not OpenSSL's
/// SSL_CERT_FILE or SSL_CERT_DIR. False (with a message) when the file holds no certificate.
bool trustExtraCertificateAuthorities(QTextStream &err)
{
    const QString path = qEnvironmentVariable("PCAUTH_EXTRA_CA_CERTS");
    if (path.isEmpty())
        return true;
    const QList<QSslCertificate> extra = QSslCertificate::fromPath(path, QSsl::Pem);
    if (extra.isEmpty()) {
        err << Text::tr("pcauthctl: PCAUTH_EXTRA_CA_CERTS: %1 holds no PEM certificate.").arg(path)
            << '\n';
        return false;
    }
    // Setting a list ends Qt's on-demand loading of the system's, so they are listed too.
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setCaCertificates(QSslConfiguration::systemCaCertificates() + extra);
    QSslConfiguration::setDefaultConfiguration(config);
    return true;
}

} // namespace

int run(const QStringList &argv, QTextStream &out, QTextStream &err, QTextStream &in)
{
    Context context{{}, false, qEnvironmentVariable("PCAUTH_CONFIG_DIR"), out, err, in};
    QString commandName;
    bool verbose = false;
    for (qsizetype i = 1; i < argv.size(); ++i) {
        const QString &arg = argv.at(i);
        if (arg == "--json"_L1) {
            context.json = true;
        } else if (arg == "--verbose"_L1 || arg == "-v"_L1) {
            verbose = true;
        } else if (arg == "--config-dir"_L1 || arg.startsWith("--config-dir="_L1)) {
            if (arg.contains(u'='))
                context.configDir = arg.section(u'=', 1);
            else if (++i < argv.size())
                context.configDir = argv.at(i);
            else {
                err << Text::tr("pcauthctl: --config-dir needs a directory") << '\n';
                return ExitUsage;
            }
        } else if (commandName.isEmpty() && (arg == "--version"_L1 || arg == "-V"_L1)) {
            out << versionReport() << '\n';
            return ExitOk;
        } else if (commandName.isEmpty() && (arg == "--help"_L1 || arg == "-h"_L1)) {
            printHelp(out);
            return ExitOk;
        } else if (commandName.isEmpty() && !arg.startsWith(u'-')) {
            commandName = arg;
        } else if (commandName.isEmpty()) {
            err << Text::tr("pcauthctl: unknown option %1; see pcauthctl --help").arg(arg) << '\n';
            return ExitUsage;
        } else {
            context.arguments << arg;
        }
    }
    if (commandName.isEmpty()) {
        printHelp(err);
        return ExitUsage;
    }
    // The engine logs every request (redacted) and every failure it also returns; a script
    // wants the command's own message once. --verbose (or QT_LOGGING_RULES) shows the log.
    if (!verbose)
        QLoggingCategory::setFilterRules(
            u"pcauth.*.debug=false\npcauth.*.info=false\npcauth.*.warning=false"_s);
    if (!trustExtraCertificateAuthorities(err))
        return ExitUsage;
    for (const Command &command : commands()) {
        if (command.name == commandName)
            return command.run(context);
    }
    err << Text::tr("pcauthctl: unknown command %1; see pcauthctl --help").arg(commandName) << '\n';
    return ExitUsage;
}

} // namespace PCAuth::Ctl

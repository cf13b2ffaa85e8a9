// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "accesscommand.h"

#include "engine.h"
#include "session/accesscheckrun.h"
#include "session/consentgrantrun.h"
#include "session/gdapexport.h"
#include "token/claims.h"

#include <QFile>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace PCAuth::Ctl {

namespace {

const QString Command = u"access"_s;

int exitCodeOf(AccessStatus status)
{
    switch (status) {
    case AccessStatus::Ok:
        return ExitOk;
    case AccessStatus::Unknown:
    case AccessStatus::Warning:
        return ExitWarning;
    case AccessStatus::Problem:
        break;
    }
    return ExitFailure;
}

void printVerdict(QTextStream &out, const AccessVerdict &v, const QString &indent)
{
    out << indent << accessStatusLabel(v.status) << ": " << displaySafe(v.reason) << '\n';
    if (!v.action.isEmpty())
        out << indent << "  " << Text::tr("What to do: %1").arg(displaySafe(v.action)) << '\n';
}

/// A number option between `low` and `high`; the message names the option.
Expected<int> numberOption(const QCommandLineParser &parser, const QCommandLineOption &option,
                           int low, int high)
{
    bool numeric = false;
    const int n = parser.value(option).toInt(&numeric);
    if (!numeric || n < low || n > high)
        return fail(Text::tr("--%1: give a number from %2 to %3, not \"%4\".")
                        .arg(option.names().constFirst())
                        .arg(low)
                        .arg(high)
                        .arg(parser.value(option)));
    return n;
}

int runGrantConsent(Context &context)
{
    const QString command = u"access grant-consent"_s;
    QCommandLineParser parser;
    const QCommandLineOption customerOption(
        u"customer"_s, Text::tr("A customer's tenant id (repeat for more)."), u"ID"_s);
    const QCommandLineOption scopesOption(
        u"scopes"_s, Text::tr("Microsoft Graph delegated scopes to grant, comma-separated."),
        u"S,..."_s, u"Directory.Read.All"_s);
    const QCommandLineOption replaceOption(
        u"replace"_s, Text::tr("Remove the existing consent first (to change its scopes)."));
    const QCommandLineOption dryRunOption(u"dry-run"_s,
                                          Text::tr("Print the requests; send nothing."));
    const QCommandLineOption noRecheckOption(u"no-recheck"_s,
                                             Text::tr("Do not check the customers afterwards."));
    parser.addOptions({customerOption, scopesOption, replaceOption, dryRunOption, noRecheckOption});
    parser.addPositionalArgument(u"profile"_s, Text::tr("The profile (name or id)."));
    context.arguments.removeFirst(); // "grant-consent"
    int code = ExitOk;
    if (!parseCommand(context, parser, command, code))
        return code;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1 || !parser.isSet(customerOption))
        return complain(context, command, Text::tr("give a PROFILE and at least one --customer ID"),
                        ExitUsage);
    const QStringList scopes = parser.value(scopesOption).split(u',', Qt::SkipEmptyParts);
    if (scopes.isEmpty())
        return complain(context, command, Text::tr("--scopes: give at least one scope."),
                        ExitUsage);
    QList<ConsentTarget> targets;
    for (const QString &id : parser.values(customerOption))
        targets.append(
            ConsentTarget{id.trimmed().toLower(), id.trimmed(), parser.isSet(replaceOption)});

    Engine engine(context);
    const Expected<Profile> profile = engine.profiles().find(positional.constFirst());
    if (!profile)
        return complain(context, command, profile.error(), ExitFailure);
    ConsentGrantRun run(engine.broker(), engine.http(), *profile, nullptr);
    run.setGrants({ApplicationGrant{ConsentGrantRun::GraphAppId, scopes}});
    run.setRecheck(!parser.isSet(noRecheckOption));
    const QList<PlannedRequest> planned = run.preview(targets);
    if (parser.isSet(dryRunOption)) {
        QJsonArray requests;
        for (const PlannedRequest &r : planned)
            requests.append(r.toJson());
        if (context.json) {
            printJson(context, QJsonObject{{u"profile"_s, profile->name},
                                           {u"dryRun"_s, true},
                                           {u"requests"_s, requests},
                                           {u"exitCode"_s, ExitOk}});
        } else {
            for (const PlannedRequest &r : planned)
                context.out << r.method << ' ' << r.path
                            << (r.body.isEmpty() ? QString() : u' ' + QString::fromUtf8(r.body))
                            << '\n';
        }
        return ExitOk;
    }
    if (stderrIsTerminal())
        QObject::connect(&run, &ConsentGrantRun::progress, &run, [&context](int n, int all) {
            context.err << '\r' << Text::tr("%1/%2 customers granted").arg(n).arg(all) << Qt::flush;
        });
    const QList<ConsentGrantResult> results =
        engine.await<QList<ConsentGrantResult>>([&run, &targets](QObject *waiting, auto done) {
            QObject::connect(&run, &ConsentGrantRun::finished, waiting, done);
            run.start(targets);
        });
    if (stderrIsTerminal())
        context.err << '\n';
    int worst = ExitOk;
    QJsonArray array;
    for (const ConsentGrantResult &r : results) {
        array.append(r.toJson());
        if (r.outcome != ConsentGrantResult::Outcome::Granted)
            worst = ExitFailure;
        else if (!r.after.verdict.check.isEmpty() && r.after.state != ConsentState::Consented)
            worst = std::max(worst, int(ExitWarning));
        if (!context.json) {
            context.out << displaySafe(r.target.tenantId) << ": "
                        << ConsentGrantResult::outcomeId(r.outcome) << ": "
                        << displaySafe(r.message.section(u'\n', 0, 0)) << '\n';
            if (!r.after.verdict.check.isEmpty())
                printVerdict(context.out, r.after.verdict, u"  "_s);
        }
    }
    if (context.json)
        printJson(context, QJsonObject{{u"profile"_s, profile->name},
                                       {u"results"_s, array},
                                       {u"exitCode"_s, worst}});
    return worst;
}

} // namespace

AccessReport runAccessCheck(Engine &engine, const Profile &profile,
                            const AccessCheckOptions &options, QTextStream &err)
{
    AccessCheckRun run(engine.broker(), engine.http(), engine.clock(), profile, options, nullptr);
    if (stderrIsTerminal())
        QObject::connect(&run, &AccessCheckRun::progress, &run, [&err](int n, int all) {
            err << '\r' << Text::tr("%1/%2 customers checked").arg(n).arg(all) << Qt::flush;
        });
    const AccessReport report = engine.await<AccessReport>([&run](QObject *waiting, auto done) {
        QObject::connect(&run, &AccessCheckRun::finished, waiting, done);
        run.start();
    });
    if (stderrIsTerminal() && options.customers)
        err << '\n';
    return report;
}

int accessExitCode(const AccessReport &report)
{
    return exitCodeOf(report.status());
}

void printAccessReport(QTextStream &out, const AccessReport &report, const QString &indent)
{
    for (const AccessVerdict &v : report.profile) {
        if (v.status != AccessStatus::Ok)
            printVerdict(out, v, indent);
    }
    if (!report.problem.isEmpty()) {
        out << indent << Text::tr("Customers not read: %1").arg(report.problem) << '\n';
        return;
    }
    for (const CustomerAccess &c : report.customers) {
        if (c.status() == AccessStatus::Ok)
            continue;
        out << indent << displaySafe(c.customer.companyName) << " ("
            << displaySafe(c.customer.tenantId) << "): " << accessStatusLabel(c.status()) << '\n';
        for (const AccessVerdict &v : c.gdap) {
            if (v.status != AccessStatus::Ok)
                printVerdict(out, v, indent + u"  "_s);
        }
        if (!c.consent.verdict.check.isEmpty() && c.consent.verdict.status != AccessStatus::Ok)
            printVerdict(out, c.consent.verdict, indent + u"  "_s);
    }
    out << indent << report.summaryText() << '\n';
}

int runAccess(Context &context)
{
    if (context.arguments.value(0) == "grant-consent"_L1)
        return runGrantConsent(context);
    QCommandLineParser parser;
    const QCommandLineOption customersOption(
        u"customers"_s, Text::tr("Check the app's consent in every customer tenant too."));
    const QCommandLineOption warningOption(
        u"warning-days"_s, Text::tr("Warn this many days before an end date."), u"N"_s, u"30"_s);
    const QCommandLineOption concurrencyOption(
        u"concurrency"_s, Text::tr("Customers checked at once."), u"N"_s,
        QString::number(CustomerHealthCheck::DefaultConcurrency));
    const QCommandLineOption csvOption(
        u"gdap-csv"_s,
        Text::tr("Write the GDAP relationships as CSV to FILE (\"-\": standard output, instead "
                 "of the report)."),
        u"FILE"_s);
    parser.addOptions({customersOption, warningOption, concurrencyOption, csvOption});
    parser.addPositionalArgument(u"profile"_s, Text::tr("The profile (name or id)."));
    parser.addPositionalArgument(u"grant-consent"_s,
                                 Text::tr("`access grant-consent --help`: grant the app's "
                                          "consent in customers."),
                                 u"[grant-consent]"_s);
    int code = ExitOk;
    if (!parseCommand(context, parser, Command, code))
        return code;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return complain(context, Command, Text::tr("give one PROFILE"), ExitUsage);
    const Expected<int> warningDays = numberOption(parser, warningOption, 0, 730);
    if (!warningDays)
        return complain(context, Command, warningDays.error(), ExitUsage);
    const Expected<int> concurrency =
        numberOption(parser, concurrencyOption, 1, CustomerHealthCheck::MaxConcurrency);
    if (!concurrency)
        return complain(context, Command, concurrency.error(), ExitUsage);

    RetryPolicy policy;
    policy.maxParallel = std::max(policy.maxParallel, *concurrency);
    Engine engine(context, policy);
    const Expected<Profile> profile = engine.profiles().find(positional.constFirst());
    if (!profile)
        return complain(context, Command, profile.error(), ExitFailure);
    AccessCheckOptions options;
    options.warningDays = *warningDays;
    options.concurrency = *concurrency;
    options.customers = parser.isSet(customersOption);
    const AccessReport report = runAccessCheck(engine, *profile, options, context.err);
    const int exitCode = accessExitCode(report);
    if (parser.isSet(csvOption)) {
        const QByteArray csv = gdapCsv(report, engine.clock().now());
        const QString path = parser.value(csvOption);
        if (path == "-"_L1) {
            context.out << QString::fromUtf8(csv) << Qt::flush;
            return exitCode;
        }
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(csv) != csv.size()
            || !file.flush())
            return complain(context, Command, Text::tr("%1: %2").arg(path, file.errorString()),
                            ExitFailure);
    }
    if (context.json) {
        QJsonObject object = report.toJson();
        object.insert(u"exitCode"_s, exitCode);
        printJson(context, object);
    } else {
        context.out << profile->name << ": " << accessStatusLabel(report.status()) << '\n';
        printAccessReport(context.out, report, u"  "_s);
    }
    return exitCode;
}

} // namespace PCAuth::Ctl

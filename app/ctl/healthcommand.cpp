// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "healthcommand.h"

#include "accesscommand.h"
#include "api/partnercenterclient.h"
#include "engine.h"
#include "health/healthcheck.h"
#include "health/tokenhealth.h"
#include "session/accesscheckrun.h"
#include "session/customercheckrun.h"
#include "token/claims.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace PCAuth::Ctl {

namespace {

const QString Command = u"health"_s;

int exitCodeOf(HealthStatus status)
{
    const int severity = healthSeverity(status);
    return severity == 0 ? ExitOk : (severity >= 4 ? ExitFailure : ExitWarning);
}

int exitCodeOf(CustomerHealth::Status status)
{
    switch (status) {
    case CustomerHealth::Status::Ok:
        return ExitOk;
    case CustomerHealth::Status::ConsentMissing:
        return ExitWarning;
    case CustomerHealth::Status::NoAccess:
    case CustomerHealth::Status::Throttled:
    case CustomerHealth::Status::Failed:
        break;
    }
    return ExitFailure;
}

struct ProfileHealth
{
    HealthReport report;
    HealthFigures figures; // the dashboard's
};

/// Redeems the refresh token (a live check: revocation shows only there) and judges it.
ProfileHealth profileHealth(Engine &engine, const Profile &profile, const Cloud &cloud)
{
    const Expected<VaultIndex::Entry> entry =
        engine.vault().index().entry(profile.id, SecretKind::RefreshToken);
    AccessTokenResult live;
    if (entry.ok() && entry->stored)
        live = engine.accessToken(TokenKey::partnerCenter(profile.id, cloud));
    const TokenMetadata meta = engine.broker().metadata(profile.id);
    HealthReport report = evaluateHealth(meta, engine.clock());
    if (entry.ok() && entry->stored && !live.ok() && healthSeverity(report.status) < 4) {
        report.status = HealthStatus::Unknown;
        report.reasons.prepend(live.message);
    }
    if (!live.warning.isEmpty())
        report.reasons.append(live.warning);
    return ProfileHealth{report, healthFigures(meta, report, engine.clock())};
}

struct CustomerRun
{
    QList<CustomerHealth> results;
    HealthCheckSummary summary;
    QString problem; // the customer list could not be read
};

CustomerRun checkCustomers(Engine &engine, const Profile &profile, int concurrency,
                           QTextStream &err)
{
    CustomerCheckRun check(engine.broker(), engine.http(), profile, concurrency, nullptr);
    if (stderrIsTerminal())
        QObject::connect(&check, &CustomerCheckRun::checkProgress, &check, [&err](int n, int all) {
            err << '\r' << Text::tr("%1/%2 customers checked").arg(n).arg(all) << Qt::flush;
        });
    CustomerRun run;
    run.problem = engine.await<QString>([&check](QObject *waiting, auto done) {
        QObject::connect(&check, &CustomerCheckRun::finished, waiting,
                         [done](const QString &problem, const QString &) { done(problem); });
        check.start();
    });
    if (stderrIsTerminal() && run.problem.isEmpty())
        err << '\n';
    run.results = check.results();
    run.summary = check.summary();
    return run;
}

QJsonObject customersJson(const CustomerRun &run)
{
    QJsonArray results;
    for (const CustomerHealth &c : run.results)
        results.append(QJsonObject{{u"customerId"_s, c.customerId},
                                   {u"tenantId"_s, c.tenantId},
                                   {u"name"_s, c.name},
                                   {u"status"_s, CustomerHealthCheck::statusId(c.status)},
                                   {u"reason"_s, c.reason},
                                   {u"action"_s, c.action}});
    const HealthCheckSummary &s = run.summary;
    QJsonObject object{{u"results"_s, results},
                       {u"summary"_s, QJsonObject{{u"total"_s, s.total},
                                                  {u"ok"_s, s.ok},
                                                  {u"consentMissing"_s, s.consentMissing},
                                                  {u"noAccess"_s, s.noAccess},
                                                  {u"throttled"_s, s.throttled},
                                                  {u"failed"_s, s.failed}}}};
    if (!run.problem.isEmpty())
        object.insert(u"problem"_s, run.problem);
    return object;
}

QJsonObject reportJson(const Profile &profile, const ProfileHealth &health,
                       const std::optional<CustomerRun> &customers,
                       const std::optional<AccessReport> &access)
{
    const HealthReport &report = health.report;
    QJsonObject object{{u"profile"_s, profile.name},
                       {u"id"_s, profile.id},
                       {u"status"_s, healthStatusId(report.status)},
                       {u"reasons"_s, QJsonArray::fromStringList(report.reasons)},
                       {u"action"_s, report.action}};
    if (report.daysLeft)
        object.insert(u"daysLeft"_s, *report.daysLeft);
    if (report.estimatedExpiry.isValid())
        object.insert(u"estimatedExpiry"_s, report.estimatedExpiry.toString(Qt::ISODate));
    if (!health.figures.lastRefresh.isEmpty())
        object.insert(u"lastRefresh"_s, health.figures.lastRefresh);
    if (customers)
        object.insert(u"customers"_s, customersJson(*customers));
    if (access)
        object.insert(u"access"_s, access->toJson());
    return object;
}

void printHuman(Context &context, const Profile &profile, const ProfileHealth &health,
                const std::optional<CustomerRun> &customers,
                const std::optional<AccessReport> &access)
{
    QTextStream &out = context.out;
    const HealthReport &report = health.report;
    out << profile.name << ": " << healthStatusLabel(report.status) << '\n';
    for (const QString &reason : report.reasons)
        out << "  - " << reason << '\n';
    printFigures(out, health.figures, u"  "_s);
    if (!report.action.isEmpty())
        out << "  " << Text::tr("What to do: %1").arg(report.action) << '\n';
    if (access) {
        out << "  " << Text::tr("Access: %1").arg(accessStatusLabel(access->status())) << '\n';
        printAccessReport(out, *access, u"    "_s);
    }
    if (!customers)
        return;
    if (!customers->problem.isEmpty()) {
        out << "  " << Text::tr("Customers not checked: %1").arg(customers->problem) << '\n';
        return;
    }
    for (const CustomerHealth &c : customers->results) {
        if (c.status == CustomerHealth::Status::Ok)
            continue;
        out << "  " << displaySafe(c.name) << " (" << displaySafe(c.tenantId)
            << "): " << CustomerHealthCheck::statusLabel(c.status) << ": " << displaySafe(c.reason)
            << '\n';
    }
    out << "  " << customers->summary.text() << '\n';
}

} // namespace

int runHealth(Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption profileOption(u"profile"_s, Text::tr("Only this profile."), u"P"_s);
    const QCommandLineOption customersOption(u"customers"_s,
                                             Text::tr("Check every customer tenant too."));
    const QCommandLineOption concurrencyOption(
        u"concurrency"_s, Text::tr("Customers checked at once."), u"N"_s,
        QString::number(CustomerHealthCheck::DefaultConcurrency));
    const QCommandLineOption accessOption(
        u"access"_s, Text::tr("Run the access checks too (MFA, SAM app, GDAP; with --customers "
                              "also the app's consent in every customer)."));
    parser.addOptions({profileOption, customersOption, concurrencyOption, accessOption});
    int code = ExitOk;
    if (!parseCommand(context, parser, Command, code))
        return code;
    bool numeric = false;
    const int concurrency = parser.value(concurrencyOption).toInt(&numeric);
    const QString problem = numeric ? CustomerHealthCheck::concurrencyProblem(concurrency)
                                    : Text::tr("Concurrency: give a number, not \"%1\".")
                                          .arg(parser.value(concurrencyOption));
    if (!problem.isEmpty())
        return complain(context, Command, problem, ExitUsage);
    RetryPolicy policy;
    policy.maxParallel = std::max(policy.maxParallel, concurrency);
    Engine engine(context, policy);
    const Expected<QList<Profile>> profiles = engine.selectProfiles(parser.value(profileOption));
    if (!profiles)
        return complain(context, Command, profiles.error(), ExitFailure);
    QJsonArray array;
    int worst = ExitOk;
    for (const Profile &profile : *profiles) {
        const Expected<Cloud> cloud = profile.cloud();
        if (!cloud) {
            worst = ExitFailure;
            context.err << "pcauthctl health: " << profile.name << ": " << cloud.error() << '\n';
            continue;
        }
        const ProfileHealth health = profileHealth(engine, profile, *cloud);
        const HealthReport &report = health.report;
        worst = std::max(worst, exitCodeOf(report.status));
        std::optional<CustomerRun> customers;
        if (parser.isSet(customersOption) && healthSeverity(report.status) < 4) {
            customers = checkCustomers(engine, profile, concurrency, context.err);
            if (!customers->problem.isEmpty())
                worst = ExitFailure;
            for (const CustomerHealth &c : customers->results)
                worst = std::max(worst, exitCodeOf(c.status));
        }
        std::optional<AccessReport> access;
        if (parser.isSet(accessOption) && healthSeverity(report.status) < 4) {
            AccessCheckOptions options;
            options.concurrency = concurrency;
            options.customers = parser.isSet(customersOption);
            access = runAccessCheck(engine, profile, options, context.err);
            worst = std::max(worst, accessExitCode(*access));
        }
        array.append(reportJson(profile, health, customers, access));
        if (!context.json)
            printHuman(context, profile, health, customers, access);
    }
    if (context.json)
        printJson(context, QJsonObject{{u"profiles"_s, array}, {u"exitCode"_s, worst}});
    return worst;
}

} // namespace PCAuth::Ctl

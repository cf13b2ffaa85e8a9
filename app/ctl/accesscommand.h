// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QString>

QT_BEGIN_NAMESPACE
class QTextStream;
QT_END_NAMESPACE

namespace PCAuth {
struct AccessCheckOptions;
struct AccessReport;
struct Profile;
} // namespace PCAuth

namespace PCAuth::Ctl {

struct Context;
class Engine;

/// `pcauthctl access PROFILE [--customers] [--warning-days N] [--concurrency N]`: will the
/// profile's calls work? Partner Center MFA, the SAM app's secrets, certificates and redirect
/// URI, the GDAP relationships of every customer and, with --customers, the app's consent in
/// every customer tenant (an AccessCheckRun).
///
/// `pcauthctl access grant-consent PROFILE --customer ID... [--scopes S,...] [--replace]
/// [--dry-run] [--no-recheck]`: grants the app's consent in those customers through Partner
/// Center (a ConsentGrantRun), then checks them again; --dry-run prints the requests only.
///
/// Exit codes: 0 all fine; 1 something needs attention (expiring, unknown); 2 a problem (a
/// call fails, a grant failed); 64 usage.
int runAccess(Context &context);

/// The access check of `profile`, run to its end (for `access` and `health --access`).
AccessReport runAccessCheck(Engine &engine, const Profile &profile,
                            const AccessCheckOptions &options, QTextStream &err);
/// 0, 1 or 2 for the report's worst status.
int accessExitCode(const AccessReport &report);
/// The human lines of a report: the findings that need attention, the customers that do,
/// and the summary; `indent` before each line.
void printAccessReport(QTextStream &out, const AccessReport &report, const QString &indent);

} // namespace PCAuth::Ctl

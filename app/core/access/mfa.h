// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include "access/accessverdict.h"
#include "api/apicall.h"
#include "support/expected.h"
#include "token/jwt.h"

#include <optional>

#include <QDate>
#include <QJsonArray>

namespace PCAuth {

/// Partner Center's own answer to "does this token satisfy MFA": a request sent with
/// `ValidateMfa: true` answers `isMfaCompliant` in a response header and, when the body is a
/// JSON object, in the body.
struct MfaProbe
{
    std::optional<bool> compliant; // nullopt: the answer carried neither
    QString source; // "header", "body" or "header and body"

    static MfaProbe fromResult(const ApiResult &result);
};

/// The probe's verdict beside the access token's `amr` (display only). A 401 with code
/// 900421 (or 10001) is a Problem: app+user calls fail now. A call that worked but is not
/// compliant is a Warning: it fails once enforcement reaches the partner.
AccessVerdict evaluateMfa(const ApiResult &probeResult, const MfaVerdict &amr,
                          const QString &request);

/// GET /v1/applicationmfaadoptionstatus, summed per application.
struct MfaAdoption
{
    QString applicationId;
    QString applicationName;
    qint64 totalRequests = 0;
    qint64 compliantRequests = 0;
    int days = 0; // days with requests
    QDate lastDay;
};

/// Entries of the last `days` days up to `today` (older ones are dropped), one per
/// application, most requests first.
Expected<QList<MfaAdoption>> summarizeMfaAdoption(const QJsonArray &entries, const QDate &today,
                                                  int days = 30);

/// The verdict on the profile's app (`clientId`) in the summary.
AccessVerdict evaluateMfaAdoption(const QList<MfaAdoption> &summary, const QString &clientId,
                                  const QString &request);

} // namespace PCAuth
